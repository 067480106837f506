// The map: country outlines from the vendored world-atlas (no tile server), and a circle per place with events.
// Labels are DOM text, never HTML strings.
(function () {
  "use strict";
  var container = document.getElementById("map");
  if (!container || typeof L === "undefined" || typeof topojson === "undefined") { return; }
  var query = container.getAttribute("data-query") || "";
  var map = L.map(container, { worldCopyJump: true, attributionControl: false }).setView([40.2, 46.0], 6);
  function json(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
      return r.json();
    });
  }
  json("/lib/world-atlas/countries-50m.json").then(function (world) {
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      interactive: false,
      style: { color: "#8a97a6", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }
    }).addTo(map);
  }).catch(function () { /* outlines are decoration; the markers still show */ });
  json("/api/places?limit=500" + (query ? "&" + query : "")).then(function (page) {
    var bounds = [];
    page.items.forEach(function (p) {
      var label = document.createElement("span");
      var link = document.createElement("a");
      link.href = "/?place=" + encodeURIComponent(p.id);
      link.textContent = p.name;
      label.appendChild(link);
      label.appendChild(document.createTextNode(": " + p.events + " event(s)" + (p.disputed ? ", " + p.disputed + " disputed" : "")));
      L.circleMarker([p.lat, p.lon], {
        radius: Math.min(30, 5 + Math.sqrt(p.events) * 3),
        color: p.disputed ? "#b3261e" : "#1f5fa8", weight: 2, fillOpacity: 0.35, className: "place-marker"
      }).bindPopup(label).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length > 1) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 }); }
    else if (bounds.length === 1) { map.setView(bounds[0], 8); }
  }).catch(function (error) { container.textContent = "The map could not be drawn (" + error.message + "); the table below lists the places."; });
})();
