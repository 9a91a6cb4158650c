// The audit page: every correction from GET /api/corrections (a page at a time, newest first),
// with the words it rests on linked into the reader, and Undo for editors.
(function () {
  "use strict";
  const rows = document.getElementById("correction-rows");
  if (!rows) return;
  const el = window.fh.el, clear = window.fh.clear, R = window.fhReview;
  const editor = document.getElementById("corrections").dataset.editor === "1";
  const form = document.getElementById("correction-filters");
  const count = document.getElementById("corrections-count");
  const error = document.getElementById("corrections-error");
  const PAGE = 50;

  const q = new URLSearchParams(window.location.search);
  window.fh.fillForm(form);
  if (window.location.search && !q.has("include_undone")) form.elements.include_undone.checked = false;
  const params = { document_id: q.get("document_id") || "", kind: q.get("kind") || "",
                   include_undone: form.elements.include_undone.checked ? "true" : "false",
                   cursor: q.get("cursor") || "", limit: PAGE };

  function documentName(id) {
    const option = form.querySelector("select[name=document_id] option[value='" + CSS.escape(id) + "']");
    return option ? option.textContent : id.slice(0, 12);
  }
  function actor(id) { return id ? el("a", { href: "/actors/" + encodeURIComponent(id) }, id) : null; }
  function evidence(c) {
    const e = c.evidence;
    if (e && e.document_id) {
      const href = "/documents/" + encodeURIComponent(e.document_id) + "?at=" + e.start + "#at-" + e.start;
      return [el("a", { href: href, class: "evidence-link" }, "“" + (e.text || "") + "”"),
              el("div", { class: "evidence-meta" }, documentName(e.document_id) + " · chars " + e.start + "–" + e.end)];
    }
    const p = c.payload || {};
    const own = c.fact_kind === "actor" ? c.target_id : null;
    const ids = [p.actor_id || own, p.from_actor_id, p.into_actor_id, p.new_actor_id]
      .filter(function (id, i, all) { return id && all.indexOf(id) === i; });
    if (ids.length) return el("span", { class: "small" }, "actor ", ids.map(function (id, i) { return [i ? ", " : "", actor(id)]; }));
    return el("span", { class: "muted" }, "—");
  }
  function state(c, cell) {
    clear(cell);
    if (c.undone_at) { cell.appendChild(el("span", { class: "badge light" }, "undone")); cell.appendChild(el("div", { class: "small muted" }, when(c.undone_at))); return; }
    cell.appendChild(el("span", { class: "badge ok" }, "in force"));
    if (!editor || !R) return;
    const err = el("div", { class: "error small", role: "alert", hidden: true });
    cell.appendChild(el("div", {}, el("button", { type: "button", class: "undo", "aria-label": "Undo correction " + c.id + ": " + R.describe(c),
      onclick: async function () {
        try { state(await R.undo(c.id), cell); } catch (e) { R.showError(err, e); }
      } }, "Undo")));
    cell.appendChild(err);
  }
  function when(iso) { return iso ? String(iso).replace("T", " ").slice(0, 19) : ""; }
  function row(c) {
    const cell = el("td", { class: "state" });
    const tr = el("tr", { "data-correction": c.id, class: c.undone_at ? "undone" : null },
      el("td", { class: "nowrap small" }, when(c.created_at)),
      el("td", { class: "small" }, c.author || "—"),
      el("td", {}, el("span", { class: "badge light" }, c.kind), " ", R ? R.describe(c) : c.kind,
        c.created_fact_id ? el("div", { class: "small muted" }, "created " + c.created_fact_id) : null),
      el("td", {}, evidence(c)), cell);
    state(c, cell);
    return tr;
  }

  async function load() {
    try {
      const page = await window.fh.api("/corrections", params);
      clear(rows);
      page.items.forEach(function (c) { rows.appendChild(row(c)); });
      if (!page.items.length) rows.appendChild(el("tr", {}, el("td", { colspan: "5", class: "empty" }, "No corrections" + (params.cursor ? " on this page." : " yet."))));
      count.textContent = page.items.length + (page.has_more ? "+ corrections" : " correction" + (page.items.length === 1 ? "" : "s")) + (params.cursor ? " (older page)" : "");
      const older = document.getElementById("corrections-older");
      if (page.has_more && page.next) {
        const next = new URLSearchParams(window.location.search);
        next.set("cursor", page.next);
        older.href = "/corrections?" + next.toString();
        older.hidden = false;
      }
      if (params.cursor) {
        const first = new URLSearchParams(window.location.search);
        first.delete("cursor");
        const newest = document.getElementById("corrections-newest");
        newest.href = "/corrections" + (first.toString() ? "?" + first.toString() : "");
        newest.hidden = false;
      }
    } catch (e) {
      clear(rows);
      error.textContent = e.message;
      error.hidden = false;
    }
  }
  load();
})();
