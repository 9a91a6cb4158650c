// Shared helpers for the workbench scripts. Data from the store is untrusted text:
// it only ever reaches the page through textContent / attributes set by el(), never innerHTML.
(function () {
  "use strict";

  // el("a", {href: "/x", class: "y"}, "text", childNode, ...)
  function el(tag, attrs) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "style") node.style.cssText = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (let i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
    else node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (Array.isArray(v)) v.forEach(function (x) { q.append(k, x); });
      else if (v !== "" && v !== null && v !== undefined && v !== false) q.set(k, v);
    }
    const s = q.toString();
    return s ? "?" + s : "";
  }
  async function api(path, params) {
    const res = await fetch("/api" + path + query(params), { headers: { accept: "application/json" } });
    const body = await res.json();
    if (!res.ok) throw new Error((body.error && (body.error.code + " " + body.error.message)) || res.statusText);
    return body;
  }

  // A paginated list ({items, next, has_more}) read page by page, at most `cap` items:
  // resolves to {items, more} (more: items were left unread).
  async function apiAll(path, params, cap) {
    const items = [];
    let cursor = null;
    for (;;) {
      const page = await api(path, Object.assign({}, params, { limit: 1000, cursor: cursor || "" }));
      items.push.apply(items, page.items);
      if (!page.has_more) return { items: items, more: false };
      if (items.length >= cap) return { items: items, more: true };
      cursor = page.next;
    }
  }

  // Read a filter form into an object (checkbox groups become lists).
  function formValues(form) {
    const out = {};
    for (const input of form.elements) {
      if (!input.name) continue;
      if (input.type === "checkbox") {
        if (input.dataset.group) { (out[input.name] = out[input.name] || []); if (input.checked) out[input.name].push(input.value); }
        else out[input.name] = input.checked;
      } else out[input.name] = input.value;
    }
    return out;
  }
  // Fill a filter form from the page URL (so filtered views can be linked to).
  function fillForm(form) {
    const q = new URLSearchParams(window.location.search);
    for (const input of form.elements) {
      if (!input.name || !q.has(input.name)) continue;
      if (input.type === "checkbox") input.checked = input.dataset.group ? q.getAll(input.name).includes(input.value) : q.get(input.name) === "true";
      else input.value = q.get(input.name);
    }
  }
  function keepInUrl(values) {
    window.history.replaceState(null, "", window.location.pathname + query(values));
  }

  const legend = JSON.parse(document.getElementById("legend-data") ? document.getElementById("legend-data").textContent : "{}");

  // Edge colour for a mean cooperation(+2) .. conflict(-2) score.
  function scoreColour(score) {
    const q = legend.quads || {};
    const stops = [[-2, q.material_conflict], [-1, q.verbal_conflict], [0, { colour: "#9e9e9e" }],
                   [1, q.verbal_cooperation], [2, q.material_cooperation]].filter(function (s) { return s[1]; });
    for (let i = 0; i < stops.length - 1; i++) {
      const [a, ca] = stops[i], [b, cb] = stops[i + 1];
      if (score <= b) {
        const t = Math.max(0, Math.min(1, (score - a) / (b - a)));
        return mix(ca.colour, cb.colour, t);
      }
    }
    return stops.length ? stops[stops.length - 1][1].colour : "#999";
  }
  function mix(c1, c2, t) {
    const p = function (c, i) { return parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16); };
    let out = "#";
    for (let i = 0; i < 3; i++) out += Math.round(p(c1, i) + (p(c2, i) - p(c1, i)) * t).toString(16).padStart(2, "0");
    return out;
  }

  function typeColour(type) { return (legend.actor_types || {})[type] || "#999"; }

  function actorLink(a) {
    if (!a) return el("span", { class: "muted" }, "—");
    return el("a", { href: "/actors/" + encodeURIComponent(a.id), class: "actor-link" },
      el("span", { class: "swatch", style: "background:" + typeColour(a.type) }), a.name);
  }
  function actorList(list) {
    if (!list || !list.length) return el("span", { class: "muted" }, "—");
    const out = [];
    list.forEach(function (a, i) { if (i) out.push(", "); out.push(actorLink(a)); });
    return el("span", {}, out);
  }
  function formatDate(e) {
    if (!e.date) return "undated";
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const p = e.date.split("-");
    if (p.length === 3) return parseInt(p[2], 10) + " " + months[parseInt(p[1], 10) - 1] + " " + p[0];
    if (p.length === 2) return (e.qualifier ? e.qualifier + " " : "") + months[parseInt(p[1], 10) - 1] + " " + p[0];
    return (e.qualifier ? e.qualifier + " " : "") + p[0];
  }
  function eventBadge(e) {
    return el("span", { class: "badge quad-" + (e.quad || "none"), title: e.quad || "" }, e.type);
  }
  // One event as an evidence item: type, date, who -> whom, quoted evidence, document link, sources.
  function eventItem(e) {
    const doc = e.document || {};
    return el("li", { class: "evidence-item", "data-event": e.id },
      el("div", {}, eventBadge(e), " ", el("span", { class: "muted small" }, formatDate(e)),
        e.mode ? el("span", { class: "muted small" }, " · " + e.mode) : null,
        e.negated ? el("span", { class: "badge warn" }, "negated") : null,
        e.hypothetical ? el("span", { class: "badge warn" }, "hypothetical") : null),
      el("div", { class: "small" }, actorList(e.source), " → ", actorList(e.target)),
      el("blockquote", { class: "evidence" }, el("a", { href: "/events/" + encodeURIComponent(e.id) }, "“" + e.evidence + "”")),
      el("div", { class: "evidence-meta" },
        el("a", { href: "/documents/" + encodeURIComponent(doc.id) + "?at=" + e.start + "#at-" + e.start }, doc.name || "document"),
        " · ", (e.citations && e.citations.length) ? e.citations.map(function (c) { return c.outlet; }).join(", ") : "uncited"));
  }
  function relationItem(r) {
    const doc = r.document || {};
    return el("li", { class: "evidence-item" },
      el("div", {}, actorLink(r.subject), " ", el("span", { class: "badge light" }, r.predicate), " ", actorLink(r.object),
        r.title ? el("span", { class: "muted small" }, " as " + r.title) : null),
      el("blockquote", { class: "evidence" }, "“" + r.evidence + "”"),
      el("div", { class: "evidence-meta" },
        el("a", { href: "/documents/" + encodeURIComponent(doc.id) + "?at=" + r.start + "#at-" + r.start }, doc.name || "document"),
        " · " + r.extractor));
  }

  // Point the page's "Download" menus that follow the filters (data-follow) at the export of what the view shows.
  function setDownloads(values) {
    const v = values || {};
    const filters = { document: v.document, actor: v.actor, from: v.start, to: v.end, type: v.type, sphere: v.sphere };
    document.querySelectorAll(".download[data-follow] a[data-format]").forEach(function (a) {
      a.setAttribute("href", "/api/export" + query(Object.assign({ format: a.dataset.format }, filters)));
    });
  }

  window.fh = { el: el, clear: clear, api: api, apiAll: apiAll, query: query, formValues: formValues, fillForm: fillForm,
                keepInUrl: keepInUrl, legend: legend, scoreColour: scoreColour, typeColour: typeColour,
                actorLink: actorLink, actorList: actorList, formatDate: formatDate, eventBadge: eventBadge,
                eventItem: eventItem, relationItem: relationItem, setDownloads: setDownloads };
})();
