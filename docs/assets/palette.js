/* Crossroads: the colour palette toggle (overrides/partials/palette.html says why it is not Material's).
   The inline snippet has applied the palette before the first paint; this switches it when the reader
   clicks the toggle (a label checks the next radio), presses Enter or Space on it, or uses the arrow
   keys; keeps the choice in Material's `__palette` key; follows the system's light or dark setting
   until the reader has chosen; and sets the browser's theme colour from the header when idle. */
/* global __md_get, __md_set */
(function () {
  "use strict";
  var palette = window.crossroadsPalette;
  if (!palette || palette.started) return;
  palette.started = true;
  var inputs = palette.inputs;
  var theme = document.createElement("meta");
  theme.name = "theme-color";
  document.head.appendChild(theme);

  /** The header's background as #rrggbb, read when the page is idle (one style read, nothing pending). */
  function themeColour() {
    var header = document.querySelector(".md-header");
    var rgb = header && getComputedStyle(header).backgroundColor.match(/\d+/g);
    if (rgb) theme.content = "#" + rgb.slice(0, 3).map(function (v) { return (+v).toString(16).padStart(2, "0"); }).join("");
  }
  function later(fn) { (window.requestIdleCallback || setTimeout)(fn); }

  /** Show palette `index`, without transitions while the colours change. */
  function show(index) {
    document.body.setAttribute("data-md-color-switching", "");
    palette.apply(index);
    setTimeout(function () { document.body.removeAttribute("data-md-color-switching"); });
    later(themeColour);
  }

  /** The reader's choice: shown and kept (Material's format, so its own restore reads it too). */
  function choose(index) {
    var input = inputs[index];
    show(index);
    __md_set("__palette", {index: index, color: {
      media: input.getAttribute("data-md-color-media"), scheme: input.getAttribute("data-md-color-scheme"),
      primary: input.getAttribute("data-md-color-primary"), accent: input.getAttribute("data-md-color-accent")}});
  }

  inputs.forEach(function (input, index) {
    input.addEventListener("change", function () { if (input.checked) choose(index); });
    input.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      var next = inputs[(index + 1) % inputs.length];
      next.click();
      next.focus();
    });
  });

  inputs.forEach(function (input) {
    var query = matchMedia(input.getAttribute("data-md-color-media"));
    query.addEventListener("change", function () { if (!__md_get("__palette")) show(palette.systemIndex()); });
  });
  later(themeColour);
})();
