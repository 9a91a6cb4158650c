// The actor profile's "Correct this actor" card (editors only): change the type, add an alias,
// merge into another actor (then show that actor), split a name off into its own actor.
(function () {
  "use strict";
  const card = document.getElementById("correct-actor");
  if (!card || !window.fhReview) return;
  const R = window.fhReview;
  const id = card.dataset.actor, name = card.dataset.name;
  const err = document.getElementById("correct-actor-error");
  function on(formId, body, next) {
    document.getElementById(formId).addEventListener("submit", function (ev) {
      ev.preventDefault();
      const b = body();
      if (b) R.apply(b, err, next);
    });
  }
  on("retype-form", function () { return { kind: "retype_actor", actor_id: id, type: document.getElementById("retype-type").value }; });
  on("alias-form", function () { return { kind: "add_alias", actor_id: id, alias: document.getElementById("alias-input").value.trim() }; });
  const into = R.actorPicker("Merge " + name + " into", { exclude: id });
  document.getElementById("merge-picker").appendChild(into.node);
  on("merge-form", function () {
    if (into.value()) return { kind: "merge_actors", from_actor_id: id, into_actor_id: into.value().id };
    R.showError(err, new Error("Choose the actor to merge into: type a name and pick one."));
    return null;
  }, function () { return "/actors/" + encodeURIComponent(into.value().id); });
  on("split-form", function () { return { kind: "split_alias", actor_id: id, alias: document.getElementById("split-alias").value }; });
})();
