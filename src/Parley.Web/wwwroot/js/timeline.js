// The timeline's zoomable axis: the filtered events from the JSON API, drawn by vis-timeline.
// Item labels are DOM text nodes, never HTML strings, so nothing from an article is parsed as markup.
(function () {
  "use strict";
  var container = document.getElementById("timeline");
  if (!container || typeof vis === "undefined") { return; }
  var query = container.getAttribute("data-query") || "";
  fetch("/api/events?limit=500" + (query ? "&" + query : ""), { headers: { "Accept": "application/json" } })
    .then(function (response) { if (!response.ok) { throw new Error("events: HTTP " + response.status); } return response.json(); })
    .then(function (page) {
      var items = [];
      page.items.forEach(function (e) {
        if (!e.date) { return; }
        var label = document.createElement("span");
        label.textContent = e.type + (e.source_count > 1 ? " ×" + e.source_count : "") + (e.disputed ? " ⚠" : "");
        var item = { id: e.id, content: label, start: e.date.earliest, className: e.disputed ? "disputed" : "" };
        if (e.date.latest !== e.date.earliest) { item.end = e.date.latest; item.type = "range"; } else { item.type = "point"; }
        items.push(item);
      });
      if (items.length === 0) { container.textContent = "No dated event to draw."; return; }
      var timeline = new vis.Timeline(container, new vis.DataSet(items), { stack: true, maxHeight: 360, zoomKey: "ctrlKey", xss: { disabled: false } });
      timeline.on("select", function (props) {
        if (props.items.length === 1) { window.location.href = "/events/" + encodeURIComponent(props.items[0]); }
      });
    })
    .catch(function (error) { container.textContent = "The time axis could not be drawn (" + error.message + "); the list below has every event."; });
})();
