// The actor network: nodes and weighted links from the JSON API, drawn by Cytoscape.
(function () {
  "use strict";
  var container = document.getElementById("network");
  if (!container || typeof cytoscape === "undefined") { return; }
  var query = container.getAttribute("data-query") || "";
  var colours = { meeting: "#1f5fa8", mediation: "#2e7d32", clash: "#b3261e" };
  fetch("/api/network" + (query ? "?" + query : ""), { headers: { "Accept": "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("network: HTTP " + r.status); } return r.json(); })
    .then(function (graph) {
      if (graph.nodes.length === 0) { container.textContent = "No link to draw."; return; }
      var elements = graph.nodes.map(function (n) { return { data: { id: "n:" + n.id, actor: n.id, label: n.name, weight: n.events } }; })
        .concat(graph.edges.map(function (e, i) {
          return { data: { id: "e" + i, source: "n:" + e.source, target: "n:" + e.target, weight: e.weight, colour: colours[e.relation] || "#888" } };
        }));
      var cy = cytoscape({
        container: container,
        elements: elements,
        layout: { name: "cose", animate: false },
        style: [
          { selector: "node", style: { "label": "data(label)", "font-size": 11, "background-color": "#5b6673", "width": "mapData(weight, 1, 30, 14, 44)", "height": "mapData(weight, 1, 30, 14, 44)" } },
          { selector: "edge", style: { "line-color": "data(colour)", "width": "mapData(weight, 1, 10, 1, 8)", "opacity": 0.7, "curve-style": "bezier" } }
        ]
      });
      cy.on("tap", "node", function (event) { window.location.href = "/actors/" + encodeURIComponent(event.target.data("actor")); });
    })
    .catch(function (error) { container.textContent = "The network could not be drawn (" + error.message + "); the table below lists the links."; });
})();
