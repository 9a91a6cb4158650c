// Hover tooltips for any element with data-tip. Text only (textContent): document text is untrusted.
(function () {
  "use strict";
  const tip = document.createElement("div");
  tip.className = "tooltip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);
  function show(target, x, y) {
    tip.textContent = target.getAttribute("data-tip");
    tip.hidden = false;
    const w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.min(x + 12, window.innerWidth - w - 8) + "px";
    tip.style.top = (y + 16 + h > window.innerHeight ? y - h - 10 : y + 16) + "px";
  }
  document.addEventListener("mouseover", function (ev) {
    const target = ev.target.closest && ev.target.closest("[data-tip]");
    if (target) show(target, ev.clientX, ev.clientY); else tip.hidden = true;
  });
  document.addEventListener("mousemove", function (ev) {
    if (!tip.hidden) {
      const target = ev.target.closest && ev.target.closest("[data-tip]");
      if (target) show(target, ev.clientX, ev.clientY);
    }
  });
  window.footholdTooltip = { show: function (text, x, y) { tip.textContent = text; tip.hidden = false; tip.style.left = (x + 12) + "px"; tip.style.top = (y + 16) + "px"; },
                             hide: function () { tip.hidden = true; } };
})();
