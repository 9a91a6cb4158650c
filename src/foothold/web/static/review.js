// Corrections from the workbench (issue 12): the shared client of POST /api/corrections and the
// widgets the reader, the actor profile, the audit page and the review queue use. Loaded only for
// editors. Store text reaches the page through fh.el (textContent), never innerHTML.
(function () {
  "use strict";
  const el = window.fh.el;

  class ApiError extends Error {
    constructor(error, status) {
      super((error.code ? error.code + " " : "") + (error.message || "request failed"));
      this.error = error;
      this.status = status;
    }
  }

  async function send(method, path, body) {
    const res = await fetch(path, {
      method: method, credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (!res.ok) throw new ApiError((data && data.error) || { message: res.status + " " + res.statusText }, res.status);
    return data;
  }

  function correct(body) { return send("POST", "/api/corrections", body); }
  function undo(id) { return send("POST", "/api/corrections/" + encodeURIComponent(id) + "/undo"); }

  let typesPromise = null;
  function types() {
    if (!typesPromise) typesPromise = send("GET", "/api/review/types").catch(function (err) { typesPromise = null; throw err; });
    return typesPromise;
  }

  // One line for an error: "E7xx message — fix".
  function errorText(err) {
    const e = err && err.error;
    if (!e) return String(err && err.message || err);
    return (e.code ? e.code + " " : "") + (e.message || "") + (e.fix ? " — " + e.fix : "");
  }
  function showError(node, err) {
    window.fh.clear(node).appendChild(document.createTextNode(errorText(err)));
    node.hidden = false;
  }

  // What a correction did, in words (the audit page, the banner after a correction).
  const KIND_WORDS = {
    reject_mention: "rejected the mention", reject_event: "rejected the event", reject_relation: "rejected the relation",
    reject_citation: "rejected the citation", confirm: "confirmed the", retype_actor: "changed the type of",
    add_alias: "added an alias to", merge_actors: "merged", split_alias: "split an alias off",
    add_event: "added an event", add_relation: "added a relation",
  };
  function describe(c) {
    const p = c.payload || {};
    const words = KIND_WORDS[c.kind] || c.kind;
    const actor = p.actor_id || c.target_id;
    const reason = p.reason ? " — " + p.reason : "";
    switch (c.kind) {
      case "confirm": return words + " " + (p.fact_kind || c.fact_kind || "fact") + reason;
      case "retype_actor": return words + " " + actor + (p.old_type ? " from " + p.old_type : "") + " to " + p.type + reason;
      case "add_alias": return words + " " + actor + ": “" + p.alias + "”";
      case "split_alias": return words + " " + actor + ": “" + p.alias + "”" + (p.new_actor_id ? " (now " + p.new_actor_id + ")" : "");
      case "merge_actors": return words + " " + p.from_actor_id + " into " + p.into_actor_id;
      case "add_event": return words + " " + p.type + (p.mode ? " (" + p.mode + ")" : "") +
        (p.source_actor_id || p.target_actor_id ? ": " + (p.source_actor_id || "?") + " → " + (p.target_actor_id || "—") : "") +
        (p.date ? " on " + p.date : "");
      case "add_relation": return words + " " + (p.subject_actor_id || "?") + " " + (p.type || p.predicate) + " " + (p.object_actor_id || "?");
      default: return words + reason;
    }
  }

  // After a correction the page reloads to show the corrected store; the banner on the next page says
  // what was recorded and offers Undo.
  const LAST = "foothold.lastCorrection";
  function remember(c) {
    try { sessionStorage.setItem(LAST, JSON.stringify({ id: c.id, text: describe(c) })); } catch (e) { /* private mode */ }
  }
  function banner() {
    let last = null;
    try { last = JSON.parse(sessionStorage.getItem(LAST) || "null"); sessionStorage.removeItem(LAST); } catch (e) { last = null; }
    if (!last) return;
    const status = el("span", { class: "small" });
    const box = el("div", { class: "banner done", id: "correction-banner", role: "status" },
      "Correction recorded: " + last.text + " ",
      el("button", { type: "button", id: "banner-undo", onclick: async function () {
        try { await undo(last.id); window.location.reload(); } catch (err) { showError(status, err); }
      } }, "Undo"), " ",
      el("a", { href: "/corrections" }, "all corrections"), " ", status);
    const main = document.querySelector("main");
    main.parentNode.insertBefore(box, main);
  }

  // Post a correction, then show the corrected page (or go to `next`).
  async function apply(body, errorNode, next) {
    try {
      const c = await correct(body);
      remember(c);
      if (next) window.location.href = typeof next === "function" ? next(c) : next;
      else window.location.reload();
      return c;
    } catch (err) {
      if (errorNode) showError(errorNode, err); else throw err;
      return null;
    }
  }

  // An actor picker: a search box and the matching actors (the search API) as buttons.
  // picker.value() -> {id, name} or null.
  let pickers = 0;
  function actorPicker(label, opts) {
    const n = ++pickers;
    let chosen = null;
    const input = el("input", { type: "search", id: "actor-pick-" + n, autocomplete: "off", placeholder: "type a name",
                                "aria-describedby": "actor-chosen-" + n });
    const results = el("ul", { class: "pick-results", role: "list" });
    const shown = el("span", { class: "small muted", id: "actor-chosen-" + n }, (opts && opts.optional) ? "none chosen (optional)" : "none chosen");
    let timer = null, seq = 0;
    function choose(a) {
      chosen = a;
      window.fh.clear(shown).appendChild(document.createTextNode(a ? "chosen: " + a.name + " (" + (a.type || "?") + ")" : "none chosen"));
      shown.classList.toggle("muted", !a);
      window.fh.clear(results);
      if (a) input.value = a.name;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      chosen = null;
      const q = input.value.trim();
      timer = setTimeout(async function () {
        const mine = ++seq;
        window.fh.clear(results);
        if (!q) return;
        let found = [];
        try { found = (await window.fh.api("/search", { q: q, text: false, limit: 8 })).actors; } catch (e) { found = []; }
        if (mine !== seq) return;
        window.fh.clear(results);
        if (!found.length) results.appendChild(el("li", { class: "muted small" }, "no actor named like that"));
        found.filter(function (a) { return !(opts && opts.exclude && a.id === opts.exclude); }).forEach(function (a) {
          results.appendChild(el("li", {}, el("button", { type: "button", class: "pick", "data-actor": a.id,
            onclick: function () { choose(a); input.focus(); } },
            el("span", { class: "swatch", style: "background:" + window.fh.typeColour(a.type) }), a.name,
            el("span", { class: "muted small" }, " " + (a.type || "")))));
        });
      }, 150);
    });
    const node = el("div", { class: "actor-picker" },
      el("label", { for: "actor-pick-" + n }, label), input, shown, results);
    return { node: node, value: function () { return chosen; }, choose: choose };
  }

  // A reject control: a reason (choices + free text) and a button.
  function rejectControl(kind, reasons, body, errorNode) {
    const select = el("select", { "aria-label": "Why reject this " + kind },
      reasons.map(function (r) { return el("option", { value: r }, r); }), el("option", { value: "" }, "other (write it)"));
    const other = el("input", { type: "text", placeholder: "reason", "aria-label": "Another reason", maxlength: "500" });
    return el("div", { class: "row" }, select, other,
      el("button", { type: "button", class: "danger", "data-action": "reject", onclick: function () {
        const reason = other.value.trim() || select.value || null;
        apply(Object.assign({}, body, { reason: reason }), errorNode);
      } }, "Reject"));
  }

  window.fhReview = { send: send, correct: correct, undo: undo, types: types, apply: apply, describe: describe,
                      errorText: errorText, showError: showError, actorPicker: actorPicker, rejectControl: rejectControl,
                      remember: remember };
  banner();
})();
