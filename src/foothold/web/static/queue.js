// The review queue: unreviewed facts, lowest extraction confidence first (GET /api/review/queue),
// each with its sentence; editors keep (confirm) or reject each with one click.
(function () {
  "use strict";
  const rows = document.getElementById("queue-rows");
  if (!rows) return;
  const el = window.fh.el, clear = window.fh.clear, R = window.fhReview;
  const editor = document.getElementById("queue").dataset.editor === "1";
  const form = document.getElementById("queue-filters");
  const count = document.getElementById("queue-count");
  const error = document.getElementById("queue-error");
  const q = new URLSearchParams(window.location.search);
  window.fh.fillForm(form);
  const params = { document_id: q.get("document_id") || "", cursor: q.get("cursor") || "", limit: 50 };
  const REJECT_FIELD = { mention: "mention_id", event: "event_id", relation: "relation_id", citation: "citation_id" };

  function act(item, cell, keep) {
    const err = el("div", { class: "error small", role: "alert", hidden: true });
    const body = keep ? { kind: "confirm", fact_kind: item.fact_kind, fact_id: String(item.fact_id) }
                      : { kind: "reject_" + item.fact_kind };
    if (!keep) body[REJECT_FIELD[item.fact_kind]] = String(item.fact_id);
    return async function () {
      cell.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      try {
        const c = await R.correct(body);
        clear(cell).appendChild(el("span", { class: "badge " + (keep ? "ok" : "warn"), "data-done": keep ? "kept" : "rejected" },
          keep ? "kept" : "rejected"));
        cell.appendChild(el("button", { type: "button", class: "link", "aria-label": "Undo: " + R.describe(c), onclick: async function () {
          try { await R.undo(c.id); clear(cell); controls(item, cell); } catch (e) { R.showError(err, e); }
        } }, "undo"));
        cell.appendChild(err);
        cell.closest("tr").classList.add("done");
      } catch (e) {
        cell.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
        cell.appendChild(err);
        R.showError(err, e);
      }
    };
  }
  function controls(item, cell) {
    const what = item.fact_kind + " " + (item.label || "");
    cell.appendChild(el("button", { type: "button", class: "keep", "aria-label": "Keep the " + what, onclick: act(item, cell, true) }, "Keep"));
    cell.appendChild(document.createTextNode(" "));
    cell.appendChild(el("button", { type: "button", class: "danger reject", "aria-label": "Reject the " + what, onclick: act(item, cell, false) }, "Reject"));
  }
  // The fact's sentence with the fact's own words marked (offsets are the document's).
  function sentence(item) {
    const href = "/documents/" + encodeURIComponent(item.document_id) + "?at=" + item.start + "#at-" + item.start;
    const s = item.sentence;
    let quote = el("div", {}, "“" + (item.text || "") + "”");
    if (s && s.text && s.start <= item.start && item.end <= s.end) {
      const a = item.start - s.start, b = item.end - s.start;
      quote = el("div", {}, "“", s.text.slice(0, a), el("mark", {}, s.text.slice(a, b)), s.text.slice(b), "”");
    }
    return [quote,
            el("div", { class: "evidence-meta" }, el("a", { href: href }, "in the reader"), " · chars " + item.start + "–" + item.end)];
  }
  function row(item) {
    const tr = el("tr", { "data-fact": item.fact_kind + ":" + item.fact_id },
      el("td", { class: "num" }, item.confidence === null || item.confidence === undefined ? "—" : Number(item.confidence).toFixed(2)),
      el("td", {}, el("span", { class: "badge light" }, item.fact_kind), " ", item.label || ""),
      el("td", { class: "small" }, sentence(item)));
    if (editor && R) { const cell = el("td", { class: "nowrap" }); controls(item, cell); tr.appendChild(cell); }
    return tr;
  }
  async function load() {
    try {
      const page = await window.fh.api("/review/queue", params);
      clear(rows);
      page.items.forEach(function (item) { rows.appendChild(row(item)); });
      if (!page.items.length) rows.appendChild(el("tr", {}, el("td", { colspan: "4", class: "empty" }, "Nothing left to review.")));
      count.textContent = page.items.length + (page.has_more ? "+" : "") + " unreviewed fact" + (page.items.length === 1 ? "" : "s") + " shown";
      if (page.has_more && page.next) {
        const next = new URLSearchParams(window.location.search);
        next.set("cursor", page.next);
        const more = document.getElementById("queue-more");
        more.href = "/review?" + next.toString();
        more.hidden = false;
      }
      if (params.cursor) {
        const first = document.getElementById("queue-first");
        if (params.document_id) first.href = "/review?document_id=" + encodeURIComponent(params.document_id);
        first.hidden = false;
      }
    } catch (e) {
      clear(rows);
      error.textContent = e.message;
      error.hidden = false;
    }
  }
  load();
})();
