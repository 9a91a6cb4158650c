// Document reader: clicking highlighted event evidence (outside a name) opens the event.
(function () {
  "use strict";
  const reader = document.getElementById("reader");
  if (!reader) return;
  reader.addEventListener("click", function (ev) {
    if (ev.target.closest("a")) return;            // names and tags are links already
    if (!window.getSelection().isCollapsed) return;  // the end of selecting words, not a click
    const span = ev.target.closest(".ev[data-event]");
    if (span) window.location.href = "/events/" + encodeURIComponent(span.getAttribute("data-event"));
  });
  // Flash the evidence a link pointed at (#at-<offset>).
  const anchor = window.location.hash.startsWith("#at-") && document.getElementById(window.location.hash.slice(1));
  if (anchor) {
    const next = anchor.nextElementSibling;
    if (next) next.classList.add("flash");
  }
})();
