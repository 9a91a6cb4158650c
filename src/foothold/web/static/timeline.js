// Timeline view (D3): one lane per PLOVER type; a dated day is a dot, anything vaguer
// ("early June", a month, a season, a year) a band over the days it stands for.
(function () {
  "use strict";
  const fh = window.fh;
  const form = document.getElementById("filters");
  const box = document.getElementById("timeline");
  const message = document.getElementById("timeline-message");
  const selection = document.getElementById("selection");
  const counter = document.getElementById("timeline-count");
  const undatedNote = document.getElementById("undated");
  const DAY = 86400000;
  const ROW = 14, LANE_PAD = 10, LEFT = 110, RIGHT = 20, TOP = 34, BOTTOM = 10;

  if (typeof d3 === "undefined") { message.textContent = "D3 is not installed: run scripts/setup.sh (npm ci)."; return; }
  // On an actor's page the form is fixed (data-fixed): no URL state.
  const fixed = form.hasAttribute("data-fixed");
  if (!fixed) fh.fillForm(form);
  form.addEventListener("change", load);
  window.addEventListener("resize", function () { if (lastEvents) draw(lastEvents); });
  let lastEvents = null, lastMore = false;
  // Events drawn at most (the first in date order): a bigger store is read through the date window.
  const MAX_EVENTS = 5000;
  load();

  async function load() {
    const f = fh.formValues(form);
    if (!fixed) fh.keepInUrl(f);
    fh.setDownloads(f);
    message.hidden = false; message.textContent = "Loading…";
    let events, more;
    try { const read = await fh.apiAll("/events", f, MAX_EVENTS); events = read.items; more = read.more; }
    catch (err) { message.textContent = "Could not load events: " + err.message; return; }
    lastEvents = events;
    lastMore = more;
    draw(events);
  }

  const parse = d3.utcParse("%Y-%m-%d");

  // Greedy packing: each event takes the first sub-row of its lane where it does not overlap
  // at the current scale (MIN_PX wide at least, so neighbouring dots do not cover each other).
  const MIN_PX = 12;
  function pack(events, x) {
    const lanes = new Map();
    const order = fh.legend.event_types || [];
    events.forEach(function (e) { if (!lanes.has(e.type)) lanes.set(e.type, []); lanes.get(e.type).push(e); });
    const names = Array.from(lanes.keys()).sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); });
    let y = TOP;
    const layout = [];
    names.forEach(function (type) {
      const rows = [];
      lanes.get(type).sort(function (a, b) { return a.t0 - b.t0 || (b.t1 - b.t0) - (a.t1 - a.t0); }).forEach(function (e) {
        const a = x(e.t0), b = Math.max(x(e.t1), a + MIN_PX);
        let row = rows.findIndex(function (end) { return end <= a; });
        if (row < 0) { row = rows.length; rows.push(0); }
        rows[row] = b + 2;
        e.row = row;
      });
      layout.push({ type: type, y: y, rows: Math.max(1, rows.length), events: lanes.get(type) });
      y += Math.max(1, rows.length) * ROW + LANE_PAD * 2;
    });
    return { lanes: layout, height: y + BOTTOM };
  }

  const CONTEXT = 46;   // height of the overview strip with the brush

  function draw(events) {
    d3.select(box).selectAll("svg").remove();
    const dated = events.filter(function (e) { return e.date_start; });
    dated.forEach(function (e) { e.t0 = +parse(e.date_start); e.t1 = +parse(e.date_end) + DAY; e.isDay = e.precision === "day"; });
    const undated = events.length - dated.length;
    counter.textContent = dated.length + " dated events" + (undated ? " · " + undated + " undated (not on the axis)" : "") +
      (lastMore ? " · the first " + events.length + " in date order: narrow the dates for the rest" : "");
    undatedNote.textContent = undated ? undated + " events have no date: see them on actor pages and in search." : "";
    message.hidden = dated.length > 0;
    if (!dated.length) { message.textContent = "No dated events match these filters."; return; }

    const width = box.clientWidth;
    const lo = d3.min(dated, function (e) { return e.t0; }), hi = d3.max(dated, function (e) { return e.t1; });
    const pad = Math.max(3 * DAY, (hi - lo) * 0.02);
    const full = d3.scaleUtc().domain([lo - pad, hi + pad]).range([LEFT, width - RIGHT]);

    // Overview: every event as a tick over the whole span; the brush chooses the detailed window.
    const ctx = d3.select(box).append("svg").attr("class", "context").attr("height", CONTEXT).attr("viewBox", [0, 0, width, CONTEXT]);
    ctx.append("text").attr("class", "context-label").attr("x", LEFT - 8).attr("y", 22).attr("text-anchor", "end").text("all events");
    ctx.append("text").attr("class", "context-label").attr("x", LEFT - 8).attr("y", 35).attr("text-anchor", "end").text("(drag to choose)");
    ctx.append("g").selectAll("rect").data(dated).join("rect")
      .attr("x", function (e) { return full(e.t0); }).attr("width", function (e) { return Math.max(1.5, full(e.t1) - full(e.t0)); })
      .attr("y", 8).attr("height", 20).attr("fill", colour).attr("opacity", 0.35);
    ctx.append("g").attr("class", "axis").attr("transform", "translate(0,30)")
      .call(d3.axisBottom(full).ticks(Math.max(2, Math.floor((width - LEFT) / 90))).tickSizeOuter(0));
    const detail = d3.select(box).append("div");

    // Start on the shortest stretch of time holding 85% of the events: outliers stay reachable.
    const mids = dated.map(function (e) { return (e.t0 + e.t1) / 2; }).sort(d3.ascending);
    const k = Math.max(1, Math.ceil(mids.length * 0.85));
    let a = mids[0], b = mids[mids.length - 1];
    for (let i = 0; i + k - 1 < mids.length; i++) {
      if (mids[i + k - 1] - mids[i] < b - a) { a = mids[i]; b = mids[i + k - 1]; }
    }
    // ...widened to the whole bands of those events, so none starts cut off.
    // (years and seasons are left to run off the edges: they would stretch the view to a whole year).
    const inside = dated.filter(function (e) { return e.t0 <= b && e.t1 >= a && !vague(e); });
    if (inside.length) {
      a = Math.min(a, d3.min(inside, function (e) { return e.t0; }));
      b = Math.max(b, d3.max(inside, function (e) { return e.t1; }));
    }
    if (b - a < 20 * DAY) { a -= 10 * DAY; b += 10 * DAY; }
    const span = b - a;
    const initial = [Math.max(lo - pad, a - span * 0.04), Math.min(hi + pad, b + span * 0.04)];
    const brush = d3.brushX().extent([[LEFT, 4], [width - RIGHT, 30]]).on("end", function (ev) {
      if (!ev.selection) return;
      focus(dated, ev.selection.map(full.invert), detail, width);
    });
    const brushG = ctx.append("g").attr("class", "brush").call(brush);
    brushG.call(brush.move, initial.map(full));
  }

  // A season or a year says little about when: draw it as a thin line, not a block.
  function vague(e) { return e.precision === "year" || e.precision === "season"; }
  function bandHeight(e) { return vague(e) ? 4 : ROW - 4; }

  function colour(e) { return ((fh.legend.quads || {})[e.quad] || { colour: "#777" }).colour; }

  function focus(dated, domain, holder, width) {
    holder.selectAll("svg").remove();
    const x0 = d3.scaleUtc().domain(domain).range([LEFT, width - RIGHT]);
    let x = x0;
    const { lanes, height } = pack(dated, x0);
    const svg = holder.append("svg").attr("height", height).attr("viewBox", [0, 0, width, height]);
    svg.append("clipPath").attr("id", "tl-clip").append("rect").attr("x", LEFT).attr("y", 0).attr("width", width - LEFT - RIGHT).attr("height", height);
    const axis = svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (TOP - 8) + ")");
    const laneG = svg.append("g");
    lanes.forEach(function (lane, i) {
      laneG.append("rect").attr("x", LEFT).attr("y", lane.y - LANE_PAD / 2).attr("width", width - LEFT - RIGHT)
        .attr("height", lane.rows * ROW + LANE_PAD).attr("fill", i % 2 ? "#fafbfc" : "#f1f3f6");
      laneG.append("text").attr("class", "lane-label").attr("x", LEFT - 8).attr("y", lane.y + lane.rows * ROW / 2 + 4)
        .attr("text-anchor", "end").text(lane.type + " (" + lane.events.length + ")");
    });
    const marks = svg.append("g").attr("clip-path", "url(#tl-clip)");
    const all = lanes.flatMap(function (lane) { return lane.events.map(function (e) { e.y = lane.y + e.row * ROW + ROW / 2; return e; }); });

    const bands = marks.selectAll("rect.event").data(all.filter(function (e) { return !e.isDay; })).join("rect")
      .attr("class", function (e) { return "event precision-" + e.precision; })
      .attr("height", bandHeight).attr("rx", 3).attr("fill", colour)
      .attr("opacity", function (e) { return vague(e) ? 0.45 : 0.65; });
    const dots = marks.selectAll("circle.event").data(all.filter(function (e) { return e.isDay; })).join("circle")
      .attr("class", "event precision-day").attr("r", 5).attr("fill", colour).attr("stroke", "#fff");
    [bands, dots].forEach(function (sel) {
      // Denied or hypothetical events ("did not attack", "may visit") are hollow with a dashed outline.
      sel.filter(function (e) { return e.negated || e.hypothetical; })
        .attr("fill", "#fff").attr("stroke", colour).attr("stroke-width", 1.5).attr("stroke-dasharray", "3 2")
        .attr("opacity", 1).classed("unreal", true);
      sel.attr("data-event", function (e) { return e.id; })
        .on("mouseover", function (ev, e) { window.footholdTooltip.show(tip(e), ev.clientX, ev.clientY); })
        .on("mouseout", function () { window.footholdTooltip.hide(); })
        .on("click", function (ev, e) { show(e); });
    });

    function place() {
      axis.call(d3.axisTop(x).ticks(Math.max(2, Math.floor((width - LEFT) / 110))));
      bands.attr("x", function (e) { return x(e.t0); }).attr("y", function (e) { return e.y - bandHeight(e) / 2; })
        .attr("width", function (e) { return Math.max(3, x(e.t1) - x(e.t0)); });
      dots.attr("cx", function (e) { return x((e.t0 + e.t1) / 2); }).attr("cy", function (e) { return e.y; });
    }
    place();
    svg.call(d3.zoom().scaleExtent([0.2, 200]).extent([[LEFT, 0], [width - RIGHT, height]])
      .on("zoom", function (ev) { x = ev.transform.rescaleX(x0); place(); }));
  }

  function tip(e) {
    const who = e.source.map(function (a) { return a.name; }).join(", ") || "?";
    const whom = e.target.map(function (a) { return a.name; }).join(", ") || "—";
    const flags = (e.negated ? " · NEGATED" : "") + (e.hypothetical ? " · HYPOTHETICAL" : "");
    return e.type + (e.mode ? " (" + e.mode + ")" : "") + " · " + fh.formatDate(e) + " · " + who + " → " + whom + flags;
  }

  function show(e) {
    fh.clear(selection);
    const legendBox = document.getElementById("legend"); if (legendBox) legendBox.open = false;
    selection.appendChild(fh.el("h2", {}, "Event"));
    selection.appendChild(fh.el("ul", { class: "evidence-list", id: "selected-event" }, fh.eventItem(e)));
    selection.appendChild(fh.el("p", { class: "small muted" }, "Dated " + (e.precision || "?") + ": covers " + e.date_start +
      (e.date_end !== e.date_start ? " to " + e.date_end : "")));
  }
})();
