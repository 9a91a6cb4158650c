// The reader's correction controls (editors only). "Correct the model" turns review mode on:
// a click on a highlight (name, event, source note) opens its popover instead of following the link;
// selecting words opens the form that adds a missed event or relation at those words. The ✎ buttons
// beside the events and relations lists open the same popovers from the keyboard.
//
// Offsets: every piece of document text in the reader sits alone in an element carrying data-o, its
// offset in the original input (event tags are labels, not text, and carry none). A DOM selection is
// mapped back to original offsets through them, so paged documents need nothing special.
(function () {
  "use strict";
  const reader = document.getElementById("reader");
  const factsNode = document.getElementById("reader-facts");
  if (!reader || !factsNode || !window.fhReview) return;
  const facts = JSON.parse(factsNode.textContent);
  const doc = facts.document;
  const el = window.fh.el, clear = window.fh.clear, R = window.fhReview;
  const toggle = document.getElementById("review-toggle");
  const addButton = document.getElementById("add-from-selection");
  const MODE = "foothold.reviewing";

  // ------------------------------------------------------------------ review mode
  function setReviewing(on) {
    document.body.classList.toggle("reviewing", on);
    toggle.setAttribute("aria-pressed", on ? "true" : "false");
    toggle.textContent = on ? "Stop correcting" : "Correct the model";
    const hint = document.getElementById("review-hint");
    if (hint) hint.textContent = on ? "Click (or Tab to and press Enter on) a highlight to confirm or reject it; names also: change type, alias, merge, split. Select words to add a missed event or relation."
                                    : "Turn on to correct: click a highlight to confirm or reject it (names: change type, alias, merge, split); select words to add a missed event or relation.";
    // While reviewing, every highlight is a button that opens its popover (keyboard: Tab, Enter), and names
    // and event tags stop being links: a drag that starts on a link would drag the link, not select words.
    reader.querySelectorAll(".m, .ev, .cit, .ev-tag").forEach(function (s) {
      if (on) {
        if (s.hasAttribute("href")) { s.dataset.href = s.getAttribute("href"); s.removeAttribute("href"); }
        s.setAttribute("tabindex", "0");
        s.setAttribute("role", "button");
      } else {
        if (s.dataset.href) { s.setAttribute("href", s.dataset.href); delete s.dataset.href; }
        s.removeAttribute("tabindex");
        s.removeAttribute("role");
      }
    });
    try { if (on) sessionStorage.setItem(MODE, "1"); else sessionStorage.removeItem(MODE); } catch (e) { /* ignore */ }
    if (!on) close();
  }
  toggle.addEventListener("click", function () { setReviewing(!document.body.classList.contains("reviewing")); });
  function reviewing() { return document.body.classList.contains("reviewing"); }

  // ------------------------------------------------------------------ popover
  const pop = el("div", { class: "popover", id: "fix-popover", role: "dialog", "aria-modal": "false", hidden: true });
  document.body.appendChild(pop);
  let opener = null;
  function open(anchor, title, content) {
    opener = anchor;
    clear(pop);
    const heading = el("h2", { id: "fix-title", tabindex: "-1" }, title);
    pop.setAttribute("aria-labelledby", "fix-title");
    pop.appendChild(el("button", { type: "button", class: "close", "aria-label": "Close", onclick: close }, "×"));
    pop.appendChild(heading);
    content.forEach(function (c) { if (c) pop.appendChild(c); });
    pop.hidden = false;
    const box = anchor.getBoundingClientRect ? anchor.getBoundingClientRect() : anchor;
    const width = Math.min(pop.offsetWidth, window.innerWidth - 16);
    pop.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + window.innerWidth - width - 8)) + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
    heading.focus();
  }
  function close() {
    if (pop.hidden) return;
    pop.hidden = true;
    clear(pop);
    if (opener && opener.focus) opener.focus();
    opener = null;
  }
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") close(); });
  document.addEventListener("mousedown", function (ev) {
    if (!pop.hidden && !pop.contains(ev.target) && !(opener && opener.contains && opener.contains(ev.target))) close();
  });

  function errorLine() { return el("p", { class: "error small", role: "alert", hidden: true }); }
  function button(label, action, onclick, cls) {
    return el("button", { type: "button", "data-action": action, class: cls || null, onclick: onclick }, label);
  }
  function section(title) {
    return el("section", { class: "fix-section" }, el("h3", {}, title), Array.prototype.slice.call(arguments, 1));
  }
  // A fact an analyst confirmed or added says so, with the correction's Undo.
  function reviewedNote(fact) {
    if (!fact.reviewed) return null;
    const err = errorLine();
    return el("div", { class: "small reviewed-note" }, "✓ reviewed by an analyst ",
      fact.correction_id ? button("Undo that correction", "undo-review", async function () {
        try { await R.undo(fact.correction_id); window.location.reload(); } catch (e) { R.showError(err, e); }
      }) : null, err);
  }
  function names(list) { return list && list.length ? list.map(function (a) { return a.name; }).join(", ") : "—"; }

  // ------------------------------------------------------------------ popovers per kind of fact
  function mentionPopover(anchor, m) {
    const err = errorLine();
    const a = m.actor;
    const parts = [
      el("p", { class: "small" }, a ? ["names ", el("a", { href: "/actors/" + encodeURIComponent(a.id) }, a.name), " (" + (a.type || m.type) + ")"]
                                    : "an unresolved name (" + (m.type || "no type") + ")", " · " + m.extractor),
      reviewedNote(m),
      section("This mention",
        el("div", { class: "row" }, button("Confirm", "confirm", function () {
          R.apply({ kind: "confirm", fact_kind: "mention", fact_id: String(m.id) }, err);
        })),
        R.rejectControl("mention", ["not an actor", "wrong type", "wrong actor"], { kind: "reject_mention", mention_id: String(m.id) }, err)),
    ];
    if (a) {
      const typeSelect = el("select", { "aria-label": "New type for " + a.name, "data-field": "type" });
      R.types().then(function (t) {
        t.actor_types.forEach(function (x) { typeSelect.appendChild(el("option", { value: x, selected: x === a.type ? "selected" : null }, x)); });
      }).catch(function (e) { R.showError(err, e); });
      const alias = el("input", { type: "text", "aria-label": "Another name for " + a.name, placeholder: "another name", maxlength: "300" });
      const into = R.actorPicker("Merge " + a.name + " into", { exclude: a.id });
      parts.push(section("The actor " + a.name,
        el("div", { class: "row" }, typeSelect, button("Change type", "retype", function () {
          R.apply({ kind: "retype_actor", actor_id: a.id, type: typeSelect.value }, err);
        })),
        el("div", { class: "row" }, alias, button("Add alias", "alias", function () {
          R.apply({ kind: "add_alias", actor_id: a.id, alias: alias.value.trim() }, err);
        })),
        el("div", { class: "row column" }, into.node, button("Merge", "merge", function () {
          const target = into.value();
          if (!target) return R.showError(err, new Error("Choose the actor to merge into: type a name and pick one."));
          R.apply({ kind: "merge_actors", from_actor_id: a.id, into_actor_id: target.id }, err);
        })),
        el("div", { class: "row" }, button("Split “" + m.text + "” off " + a.name, "split", function () {
          R.apply({ kind: "split_alias", actor_id: a.id, alias: m.text }, err);
        }))));
    }
    parts.push(err);
    open(anchor, "“" + m.text + "”", parts);
  }

  function eventPopover(anchor, ids) {
    const err = errorLine();
    const parts = ids.map(function (id) {
      const e = facts.events[id];
      if (!e) return null;
      return el("section", { class: "fix-section", "data-event": e.id },
        el("h3", {}, e.type + (e.mode ? " (" + e.mode + ")" : "") + " · " + window.fh.formatDate(e)),
        el("p", { class: "small" }, names(e.source) + " → " + names(e.target), " · ",
          el("a", { href: "/events/" + encodeURIComponent(e.id) }, "open the event")),
        reviewedNote(e),
        el("div", { class: "row" }, button("Confirm", "confirm", function () {
          R.apply({ kind: "confirm", fact_kind: "event", fact_id: String(e.id) }, err);
        })),
        R.rejectControl("event", ["not an event", "wrong type", "wrong source/target", "wrong date"],
          { kind: "reject_event", event_id: String(e.id) }, err));
    });
    parts.push(err);
    open(anchor, ids.length > 1 ? ids.length + " events here" : "Event", parts);
  }

  function citationPopover(anchor, c) {
    const err = errorLine();
    open(anchor, "Source note: " + c.outlet, [
      el("p", { class: "small" }, (c.date || "undated") + " · “" + (c.evidence || "") + "”"),
      reviewedNote(c),
      el("div", { class: "row" }, button("Confirm", "confirm", function () {
        R.apply({ kind: "confirm", fact_kind: "citation", fact_id: String(c.id) }, err);
      })),
      R.rejectControl("citation", ["not a citation", "wrong outlet", "wrong date"], { kind: "reject_citation", citation_id: String(c.id) }, err),
      err]);
  }

  function relationPopover(anchor, r) {
    const err = errorLine();
    open(anchor, r.subject.name + " " + r.predicate + " " + r.object.name, [
      el("p", { class: "small" }, "“" + (r.evidence || "") + "”"),
      reviewedNote(r),
      el("div", { class: "row" }, button("Confirm", "confirm", function () {
        R.apply({ kind: "confirm", fact_kind: "relation", fact_id: String(r.id) }, err);
      })),
      R.rejectControl("relation", ["not a relation", "wrong type", "wrong source/target"], { kind: "reject_relation", relation_id: String(r.id) }, err),
      err]);
  }

  function openFor(target) {
    const fix = target.closest(".fix[data-fact]");
    if (fix) {
      const id = fix.getAttribute("data-id");
      if (fix.dataset.fact === "event") eventPopover(fix, [id]);
      else if (fix.dataset.fact === "relation" && facts.relations[id]) relationPopover(fix, facts.relations[id]);
      return true;
    }
    if (!reader.contains(target) || !reviewing()) return false;
    const m = target.closest("[data-mention]");
    if (m && facts.mentions[m.dataset.mention]) { mentionPopover(m, facts.mentions[m.dataset.mention]); return true; }
    const tag = target.closest("a.ev-tag");
    if (tag) { eventPopover(tag, [(tag.getAttribute("href") || tag.dataset.href).split("/").pop()].map(decodeURIComponent)); return true; }
    const c = target.closest("[data-citation]");
    if (c && facts.citations[c.dataset.citation]) { citationPopover(c, facts.citations[c.dataset.citation]); return true; }
    const ev = target.closest("[data-events]");
    if (ev) { eventPopover(ev, ev.dataset.events.split(" ")); return true; }
    return false;
  }
  // Capture phase: in review mode a click on a highlight opens its popover instead of the link.
  document.addEventListener("click", function (ev) {
    if (pop.contains(ev.target)) return;
    if (!window.getSelection().isCollapsed && reader.contains(ev.target)) {          // a selection, not a click
      if (reviewing()) { ev.preventDefault(); ev.stopPropagation(); }
      return;
    }
    if (openFor(ev.target)) { ev.preventDefault(); ev.stopPropagation(); }
  }, true);
  reader.addEventListener("keydown", function (ev) {
    if ((ev.key === "Enter" || ev.key === " ") && reviewing() && ev.target.matches(".m, .ev, .cit, .ev-tag")) {
      ev.preventDefault();
      openFor(ev.target);
    }
  });

  // ------------------------------------------------------------------ selection -> original offsets
  function segments() { return Array.prototype.slice.call(reader.querySelectorAll("[data-o]")); }
  function boundary(node, offset, which, segs) {
    if (node.nodeType === Node.TEXT_NODE && node.parentElement && node.parentElement.hasAttribute("data-o"))
      return parseInt(node.parentElement.dataset.o, 10) + offset;
    const point = document.createRange();
    point.setStart(node, offset);
    if (which === "start") {        // the first piece of text ending after the point
      for (const s of segs) if (point.comparePoint(s, s.childNodes.length) === 1) return parseInt(s.dataset.o, 10);
      return null;
    }
    let found = null;               // the last piece of text starting before the point
    for (const s of segs) if (point.comparePoint(s, 0) === -1) found = s;
    return found ? parseInt(found.dataset.o, 10) + found.textContent.length : null;
  }
  // The selected words as {start, end, text} in original-input offsets, trimmed of spaces; null if none.
  function selected() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    const range = sel.getRangeAt(0);
    if (!range.intersectsNode(reader)) return null;
    const segs = segments();
    if (!segs.length) return null;
    const inside = function (n) { return reader.contains(n); };
    let start = inside(range.startContainer) ? boundary(range.startContainer, range.startOffset, "start", segs) : parseInt(segs[0].dataset.o, 10);
    let end = inside(range.endContainer) ? boundary(range.endContainer, range.endOffset, "end", segs) : null;
    if (end === null) { const last = segs[segs.length - 1]; end = parseInt(last.dataset.o, 10) + last.textContent.length; }
    if (start === null || end === null || end <= start) return null;
    let text = "";
    segs.forEach(function (s) {
      const a = parseInt(s.dataset.o, 10), t = s.textContent, b = a + t.length;
      if (b > start && a < end) text += t.slice(Math.max(0, start - a), Math.min(t.length, end - a));
    });
    const lead = text.length - text.replace(/^\s+/, "").length, trail = text.length - text.replace(/\s+$/, "").length;
    text = text.trim();
    if (!text) return null;
    return { start: start + lead, end: end - trail, text: text };
  }
  window.footholdSelection = selected;     // the browser tests read it

  document.addEventListener("selectionchange", function () { addButton.disabled = !selected(); });
  reader.addEventListener("mouseup", function () {
    if (!reviewing()) return;
    setTimeout(function () { const s = selected(); if (s) addForm(s); }, 0);
  });
  addButton.addEventListener("click", function () { const s = selected(); if (s) addForm(s); });

  // ------------------------------------------------------------------ add an event or relation
  function field(label, control) { return el("label", { class: "field" }, el("span", {}, label), control); }
  function addForm(sel) {
    const err = errorLine();
    const kindEvent = el("input", { type: "radio", name: "add-kind", value: "event", checked: "checked" });
    const kindRelation = el("input", { type: "radio", name: "add-kind", value: "relation" });
    const evType = el("select", { name: "type", required: "required" });
    const evMode = el("select", { name: "mode" }, el("option", { value: "" }, "—"));
    const relType = el("select", { name: "relation_type", required: "required" });
    const source = R.actorPicker("Source (who did it)", { optional: true });
    const target = R.actorPicker("Target (done to whom)", { optional: true });
    const subject = R.actorPicker("Subject");
    const object = R.actorPicker("Object");
    const date = el("input", { type: "text", name: "date", placeholder: "YYYY, YYYY-MM or YYYY-MM-DD",
                               pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", inputmode: "numeric" });
    let modes = {};
    R.types().then(function (t) {
      t.event_types.forEach(function (x) { modes[x.type] = x.modes || []; evType.appendChild(el("option", { value: x.type }, x.type)); });
      t.relation_types.forEach(function (x) { relType.appendChild(el("option", { value: x }, x)); });
      fillModes();
    }).catch(function (e) { R.showError(err, e); });
    function fillModes() {
      clear(evMode).appendChild(el("option", { value: "" }, "—"));
      (modes[evType.value] || []).forEach(function (m) { evMode.appendChild(el("option", { value: m }, m)); });
    }
    evType.addEventListener("change", fillModes);
    const eventFields = el("div", { class: "add-event" }, field("Event type", evType), field("Mode", evMode),
      source.node, target.node, field("Date", date));
    const relationFields = el("div", { class: "add-relation", hidden: true }, field("Relation", relType), subject.node, object.node);
    const submit = el("button", { type: "submit", "data-action": "add" }, "Add the event");
    function kindChanged() {
      const isEvent = kindEvent.checked;
      eventFields.hidden = !isEvent;
      relationFields.hidden = isEvent;
      submit.textContent = isEvent ? "Add the event" : "Add the relation";
    }
    kindEvent.addEventListener("change", kindChanged);
    kindRelation.addEventListener("change", kindChanged);
    const form = el("form", { class: "add-form" },
      el("fieldset", { class: "row" }, el("legend", {}, "Add"),
        el("label", {}, kindEvent, " an event"), el("label", {}, kindRelation, " a relation")),
      eventFields, relationFields, submit, err);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      const base = { document_id: doc.id, start: sel.start, end: sel.end };
      if (kindEvent.checked) {
        if (!evType.value) return R.showError(err, new Error("Choose the event type."));
        if (date.value && !date.checkValidity()) return R.showError(err, new Error("Write the date as YYYY, YYYY-MM or YYYY-MM-DD."));
        const body = Object.assign(base, { kind: "add_event", type: evType.value });
        if (evMode.value) body.mode = evMode.value;
        if (source.value()) body.source_actor_id = source.value().id;
        if (target.value()) body.target_actor_id = target.value().id;
        if (date.value) body.date = date.value;
        R.apply(body, err);
      } else {
        if (!subject.value() || !object.value()) return R.showError(err, new Error("Choose the subject and the object: type a name and pick one."));
        R.apply(Object.assign(base, { kind: "add_relation", type: relType.value, subject_actor_id: subject.value().id,
                                      object_actor_id: object.value().id }), err);
      }
    });
    const range = window.getSelection().getRangeAt(0).getBoundingClientRect();
    open(range, "Add at “" + (sel.text.length > 80 ? sel.text.slice(0, 80) + "…" : sel.text) + "”", [
      el("p", { class: "small muted", id: "add-offsets" }, "characters " + sel.start + "–" + sel.end + " of " + doc.name), form]);
  }

  try { if (sessionStorage.getItem(MODE)) setReviewing(true); } catch (e) { /* ignore */ }
})();
