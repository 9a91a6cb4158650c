// Network view: actors (colour = type, size = mentions) with relation edges and event-tie edges.
// Stays readable at 300+ actors: labels only on the most connected nodes (others on hover or zoom),
// force layout tuned for spacing, or rings by degree.
(function () {
  "use strict";
  const fh = window.fh;
  const form = document.getElementById("filters");
  const container = document.getElementById("network");
  const message = document.getElementById("network-message");
  const selection = document.getElementById("selection");
  const counter = document.getElementById("network-count");
  // How many nodes always show their name: a fifth of them, 10 to 40.
  function labelCount(n) { return Math.max(10, Math.min(40, Math.round(n / 5))); }
  let cy = null;

  if (typeof cytoscape === "undefined") {
    message.textContent = "Cytoscape.js is not installed: run scripts/setup.sh (npm ci).";
    return;
  }
  fh.fillForm(form);
  form.addEventListener("change", load);
  load();

  function filters() {
    const v = fh.formValues(form);
    return { start: v.start, end: v.end, type: v.type, sphere: v.sphere, document: v.document,
             types: v.types, min_mentions: v.min_mentions, only_tied: v.only_tied, relations: v.relations,
             layout: v.layout };
  }

  async function load() {
    const f = filters();
    const params = Object.assign({}, f, { relations: f.relations ? "true" : "false", only_tied: f.only_tied ? "true" : "" });
    delete params.layout;
    fh.setDownloads(f);
    fh.keepInUrl(Object.assign({}, params, { layout: f.layout === "cose" ? "" : f.layout,
                                             focus: new URLSearchParams(location.search).get("focus") || "" }));
    message.hidden = false;
    message.textContent = "Loading…";
    let data;
    try { data = await fh.api("/network", params); }
    catch (err) { message.textContent = "Could not load the network: " + err.message; return; }
    counter.textContent = data.nodes.length + " actors" + (data.truncated ? " (the " + data.limit + " most connected of " + data.tied_actors + ")" : "") +
      " · " + data.edges.length + " edges · " + data.events + " events in the filter" +
      (data.relations_hidden ? " · relations hidden (they have no date, type or sphere)" : "");
    draw(data, f.layout);
  }

  function draw(data, layoutName) {
    if (cy) cy.destroy();
    message.hidden = data.nodes.length > 0;
    if (!data.nodes.length) { message.textContent = "No actors match these filters."; }
    const maxMentions = Math.max(1, ...data.nodes.map(function (n) { return n.mentions; }));
    const maxCount = Math.max(1, ...data.edges.map(function (e) { return e.count; }));
    const ranked = data.nodes.slice().sort(function (a, b) { return (b.degree * 3 + b.mentions) - (a.degree * 3 + a.mentions); });
    const labelled = new Set(ranked.slice(0, labelCount(data.nodes.length)).map(function (n) { return n.id; }));
    const elements = [];
    data.nodes.forEach(function (n) {
      elements.push({ group: "nodes", classes: labelled.has(n.id) ? "labelled" : "",
        data: { id: n.id, name: n.name, type: n.type, mentions: n.mentions, degree: n.degree,
                colour: fh.typeColour(n.type), size: 14 + 46 * Math.sqrt(n.mentions / maxMentions),
                z: Math.min(999, n.degree * 3 + n.mentions) } });
    });
    const predicates = fh.legend.predicates || {};
    data.edges.forEach(function (e) {
      if (e.kind === "relation") {
        const p = predicates[e.predicate] || { colour: "#777", line: "solid" };
        elements.push({ group: "edges", classes: "relation",
          data: { id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.predicate,
                  colour: p.colour, line: p.line, width: 2 } });
      } else {
        const types = Object.entries(e.types).map(function (t) { return t[1] > 1 ? t[0] + " ×" + t[1] : t[0]; }).join(", ");
        elements.push({ group: "edges", classes: "events",
          data: { id: e.id, source: e.source, target: e.target, kind: e.kind, label: (e.count === 1 ? "1 event: " : e.count + " events: ") + types,
                  colour: fh.scoreColour(e.score), width: 1.5 + 8 * Math.sqrt(e.count / maxCount), count: e.count } });
      }
    });
    cy = cytoscape({
      container: container, elements: elements, minZoom: 0.05, maxZoom: 4,
      style: [
        { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
            "border-width": 1, "border-color": "#fff", label: "", "font-size": 11, color: "#1d2733",
            "text-outline-color": "#fff", "text-outline-width": 2, "text-valign": "bottom", "text-margin-y": 3,
            "min-zoomed-font-size": 7 } },
        { selector: "node.labelled, node.hover, node:selected, node.neighbour", style: { label: "data(name)" } },
        { selector: "node.labelled", style: { "min-zoomed-font-size": 0, "font-weight": "bold", "z-index": "data(z)" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d2733" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
            "target-arrow-shape": "triangle", "arrow-scale": 0.8, "curve-style": "bezier",
            opacity: data.edges.length > 300 ? 0.45 : 0.75 } },
        { selector: "edge.relation", style: { "line-style": "data(line)" } },
        { selector: "edge:selected, edge.hover", style: { opacity: 1, label: "data(label)", "font-size": 10,
            "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": 2, "z-index": 10 } },
        { selector: ".faded", style: { opacity: 0.12 } },
      ],
      layout: layout(layoutName, data.nodes.length),
    });
    // The most connected actors keep a readable label at any zoom (others appear when zoomed in).
    let pending = false;
    function scaleLabels() {
      pending = false;
      const z = cy.zoom();
      cy.style().selector("node.labelled").style({ "font-size": Math.min(36, 11.5 / z), "text-outline-width": Math.min(6, 2.5 / z) }).update();
    }
    cy.on("zoom", function () { if (!pending) { pending = true; requestAnimationFrame(scaleLabels); } });
    scaleLabels();
    cy.on("mouseover", "node, edge", function (ev) { ev.target.addClass("hover"); });
    cy.on("mouseout", "node, edge", function (ev) { ev.target.removeClass("hover"); });
    cy.on("tap", "edge", function (ev) { showEdge(ev.target); });
    cy.on("tap", "node", function (ev) { showNode(ev.target); });
    cy.on("tap", function (ev) { if (ev.target === cy) { cy.elements().removeClass("faded neighbour"); } });
    const focus = new URLSearchParams(location.search).get("focus");
    if (focus && cy.getElementById(focus).nonempty()) {
      const node = cy.getElementById(focus);
      node.select();
      showNode(node);
    }
    window.footholdNetwork = cy;   // for the browser tests and the console
  }

  function layout(name, n) {
    if (name === "concentric") {
      return { name: "concentric", concentric: function (node) { return node.degree(); },
               levelWidth: function () { return 2; }, minNodeSpacing: 12, animate: false };
    }
    // cose tuned for a few hundred nodes: strong repulsion, long ideal edges, gentle gravity.
    return { name: "cose", animate: false, randomize: true, nodeRepulsion: function () { return n > 150 ? 600000 : 400000; },
             idealEdgeLength: function () { return n > 150 ? 140 : 120; }, edgeElasticity: function () { return 60; },
             gravity: 0.2, numIter: n > 200 ? 1200 : 2000, nodeOverlap: 12, componentSpacing: 50, padding: 20,
             nodeDimensionsIncludeLabels: false };
  }

  function focusOn(elements) {
    cy.elements().addClass("faded").removeClass("neighbour");
    elements.removeClass("faded");
    elements.nodes().addClass("neighbour");
  }

  function collapseLegend() { const l = document.getElementById("legend"); if (l) l.open = false; }

  async function showEdge(edge) {
    collapseLegend();
    const a = edge.data("source"), b = edge.data("target");
    focusOn(edge.union(edge.connectedNodes()));
    fh.clear(selection).appendChild(fh.el("p", { class: "muted" }, "Loading evidence…"));
    const f = filters();
    let ties;
    try { ties = await fh.api("/ties/" + encodeURIComponent(a) + "/" + encodeURIComponent(b),
                              { start: f.start, end: f.end, type: f.type, sphere: f.sphere, document: f.document }); }
    catch (err) { fh.clear(selection).appendChild(fh.el("p", {}, "Could not load: " + err.message)); return; }
    fh.clear(selection);
    selection.appendChild(fh.el("h2", { id: "edge-title" }, "Evidence: ", fh.actorLink(ties.a), " ↔ ", fh.actorLink(ties.b)));
    if (ties.relations.length) {
      const nr = ties.relations_total || ties.relations.length;
      selection.appendChild(fh.el("h3", {}, nr + (nr === 1 ? " relation" : " relations") + (nr > ties.relations.length ? " (the first " + ties.relations.length + ")" : "")));
      selection.appendChild(fh.el("ul", { class: "evidence-list" }, ties.relations.map(fh.relationItem)));
    }
    if (ties.events.length) {
      const ne = ties.events_total || ties.events.length;
      selection.appendChild(fh.el("h3", {}, ne + (ne === 1 ? " event" : " events") + (ne > ties.events.length ? " (the first " + ties.events.length + " in date order)" : "")));
      selection.appendChild(fh.el("ul", { class: "evidence-list", id: "edge-events" }, ties.events.map(fh.eventItem)));
    }
    if (!ties.relations.length && !ties.events.length) selection.appendChild(fh.el("p", { class: "empty" }, "No evidence under these filters."));
  }

  function showNode(node) {
    collapseLegend();
    focusOn(node.closedNeighborhood());
    const d = node.data();
    fh.clear(selection);
    selection.appendChild(fh.el("h2", {}, fh.actorLink({ id: d.id, name: d.name, type: d.type })));
    selection.appendChild(fh.el("p", { class: "small muted" }, d.type + " · " + d.mentions + " mentions · " + node.degree() + " ties"));
    selection.appendChild(fh.el("p", {}, fh.el("a", { href: "/actors/" + encodeURIComponent(d.id) }, "Open the profile →")));
    const list = fh.el("ul", { class: "plain small" });
    node.connectedEdges().sort(function (x, y) { return (y.data("count") || 1) - (x.data("count") || 1); }).forEach(function (edge) {
      const other = edge.source().id() === d.id ? edge.target() : edge.source();
      const arrow = edge.source().id() === d.id ? "→ " : "← ";
      list.appendChild(fh.el("li", {}, fh.el("a", { href: "#", onclick: function (ev) { ev.preventDefault(); edge.select(); showEdge(edge); } },
        arrow + other.data("name")), " ", fh.el("span", { class: "muted" }, edge.data("label"))));
    });
    selection.appendChild(list);
  }
})();
