// Map view (D3 + topojson-client over world-atlas' countries-110m): countries shaded by the
// events they take part in, places as circles sized by their events; click lists the events.
(function () {
  "use strict";
  const fh = window.fh;
  const box = document.getElementById("map");
  const message = document.getElementById("map-message");
  const selection = document.getElementById("selection");
  const table = document.querySelector("#place-table tbody");
  const countLine = document.getElementById("map-count");
  const unplaced = document.getElementById("unplaced");

  if (typeof d3 === "undefined" || typeof topojson === "undefined") {
    message.textContent = "D3 / topojson-client are not installed: run scripts/setup.sh (npm ci)."; return;
  }
  Promise.all([d3.json("/vendor/world-atlas/countries-110m.json"), fh.api("/places")])
    .then(function (r) { draw(r[0], r[1]); })
    .catch(function (err) { message.textContent = "Could not load the map: " + err.message; });

  function total(p) { return p.events_located + p.events_involved; }

  function draw(world, places) {
    const countries = topojson.feature(world, world.objects.countries).features;
    const byIso = new Map();
    places.filter(function (p) { return p.type === "country" && p.iso_numeric; }).forEach(function (p) { byIso.set(p.iso_numeric, p); });
    const points = places.filter(function (p) { return p.type === "place" && p.lat !== null; });
    const missing = places.filter(function (p) { return p.lat === null && !(p.type === "country" && p.iso_numeric); });
    const located = places.filter(function (p) { return !missing.includes(p); });
    countLine.textContent = located.length + " places and countries on the map · " +
      places.reduce(function (n, p) { return n + p.events_located; }, 0) + " events with a location";
    unplaced.textContent = missing.length ? "Not on the map (no coordinates): " + missing.map(function (p) { return p.name; }).join(", ") : "";

    const width = box.clientWidth, height = Math.max(520, Math.round(width * 0.6));
    const svg = d3.select(box).append("svg").attr("viewBox", [0, 0, width, height]).attr("height", height);
    message.hidden = true;
    // Fit the projection to where the events are: the places with events (cities are precise),
    // else the countries with events, else the world; at least ~30 degrees across, with a margin.
    // Weighted by events, the middle 80% of the places: a lone far-away place does not shrink the region.
    const weighted = [];
    points.forEach(function (p) { for (let i = 0; i < Math.min(total(p), 50); i++) weighted.push([p.lon, p.lat]); });
    const lons = weighted.map(function (c) { return c[0]; }).sort(d3.ascending), lats = weighted.map(function (c) { return c[1]; }).sort(d3.ascending);
    const busyPoints = weighted.length < 2 ? weighted : [[d3.quantile(lons, 0.1), d3.quantile(lats, 0.1)], [d3.quantile(lons, 0.9), d3.quantile(lats, 0.9)]];
    const busyCountries = countries.filter(function (c) { const p = byIso.get(c.id); return p && total(p) > 0; });
    let projection = d3.geoNaturalEarth1();
    const target = weighted.length >= 2 ? { type: "MultiPoint", coordinates: busyPoints }
      : busyCountries.length ? { type: "FeatureCollection", features: busyCountries.concat(busyPoints.map(function (c) { return { type: "Feature", geometry: { type: "Point", coordinates: c } }; })) }
      : null;
    if (target) {
      const b = d3.geoBounds(target);
      const cx = (b[0][0] + b[1][0]) / 2, cy = (b[0][1] + b[1][1]) / 2;
      const dx = Math.max(30, (b[1][0] - b[0][0]) * 1.6) / 2, dy = Math.max(18, (b[1][1] - b[0][1]) * 1.6) / 2;
      projection.fitExtent([[10, 10], [width - 10, height - 10]],
        { type: "MultiPoint", coordinates: [[cx - dx, cy - dy], [cx + dx, cy + dy], [cx - dx, cy + dy], [cx + dx, cy - dy]] });
    } else {
      projection.fitExtent([[10, 10], [width - 10, height - 10]], { type: "Sphere" });
    }
    const path = d3.geoPath(projection);
    const maxCountry = d3.max(Array.from(byIso.values()), total) || 1;
    const shade = d3.scaleSequentialSqrt([0, maxCountry], d3.interpolateRgb("#e3ecf5", "#2b5d8f"));

    const g = svg.append("g");
    g.append("path").attr("d", path({ type: "Sphere" })).attr("fill", "#d9e7f2");
    g.selectAll("path.country").data(countries).join("path")
      .attr("class", function (c) { const p = byIso.get(c.id); return "country" + (p && total(p) ? " has-events" : ""); })
      .attr("d", path)
      .attr("data-place", function (c) { const p = byIso.get(c.id); return p ? p.id : null; })
      .style("fill", function (c) { const p = byIso.get(c.id); return p && total(p) ? shade(total(p)) : null; })
      .on("mouseover", function (ev, c) {
        const p = byIso.get(c.id);
        window.footholdTooltip.show(c.properties.name + (p ? " · " + total(p) + " events" : ""), ev.clientX, ev.clientY);
      })
      .on("mouseout", function () { window.footholdTooltip.hide(); })
      .on("click", function (ev, c) { const p = byIso.get(c.id); if (p) show(p); });

    const countryLabels = g.selectAll("text.country-label").data(countries.filter(function (c) { const p = byIso.get(c.id); return p && total(p) > 0; }))
      .join("text").attr("class", "country-label").attr("text-anchor", "middle").text(function (c) { return byIso.get(c.id).name; });

    const maxPlace = d3.max(points, total) || 1;
    const radius = d3.scaleSqrt([0, maxPlace], [3, 22]);
    const pointG = g.append("g");
    const dots = pointG.selectAll("circle.place").data(points.sort(function (a, b) { return total(b) - total(a); })).join("circle")
      .attr("class", "place").attr("data-place", function (p) { return p.id; })
      .attr("fill", fh.typeColour("place")).attr("opacity", 0.85)
      .on("mouseover", function (ev, p) { window.footholdTooltip.show(p.name + " · " + p.events_located + " events there, " + p.events_involved + " by/to it", ev.clientX, ev.clientY); })
      .on("mouseout", function () { window.footholdTooltip.hide(); })
      .on("click", function (ev, p) { show(p); });
    const labels = pointG.selectAll("text.place-label").data(points.filter(function (p) { return total(p) > 0; }).slice(0, 25))
      .join("text").attr("class", "place-label").text(function (p) { return p.name; });

    function place(k) {
      dots.attr("cx", function (p) { return projection([p.lon, p.lat])[0]; })
        .attr("cy", function (p) { return projection([p.lon, p.lat])[1]; })
        .attr("r", function (p) { return radius(total(p)) / k; }).attr("stroke-width", 1.2 / k);
      labels.attr("x", function (p) { return projection([p.lon, p.lat])[0] + (radius(total(p)) + 3) / k; })
        .attr("y", function (p) { return projection([p.lon, p.lat])[1] + 4 / k; })
        .style("font-size", (11 / k) + "px").style("stroke-width", (3 / k) + "px");
      countryLabels.attr("x", function (c) { return path.centroid(c)[0]; }).attr("y", function (c) { return path.centroid(c)[1]; })
        .style("font-size", (15 / k) + "px");
    }
    place(1);
    svg.call(d3.zoom().scaleExtent([0.5, 40]).on("zoom", function (ev) {
      g.attr("transform", ev.transform);
      g.selectAll("path.country").attr("stroke-width", 0.5 / ev.transform.k);
      place(ev.transform.k);
    }));

    located.sort(function (a, b) { return total(b) - total(a) || a.name.localeCompare(b.name); }).forEach(function (p) {
      table.appendChild(fh.el("tr", {},
        fh.el("td", {}, fh.el("a", { href: "#", "data-place": p.id, onclick: function (ev) { ev.preventDefault(); show(p); } },
          fh.el("span", { class: "swatch", style: "background:" + fh.typeColour(p.type) }), p.name)),
        fh.el("td", { class: "num" }, String(total(p)))));
    });
  }

  async function show(p) {
    fh.clear(selection);
    const legendBox = document.getElementById("legend"); if (legendBox) legendBox.open = false;
    selection.appendChild(fh.el("h2", { id: "place-title" }, fh.actorLink(p)));
    selection.appendChild(fh.el("p", { class: "small muted" }, p.events_located + " events located here · " + p.events_involved + " events it takes part in"));
    let events;
    let more = false;
    try { const read = await fh.apiAll("/places/" + encodeURIComponent(p.id) + "/events", {}, 500); events = read.items; more = read.more; }
    catch (err) { selection.appendChild(fh.el("p", {}, "Could not load events: " + err.message)); return; }
    if (!events.length) selection.appendChild(fh.el("p", { class: "empty" }, "No events."));
    selection.appendChild(fh.el("ul", { class: "evidence-list", id: "place-events" }, events.map(fh.eventItem)));
    if (more) selection.appendChild(fh.el("p", { class: "small muted" }, "The first " + events.length + " events in date order."));
  }
})();
