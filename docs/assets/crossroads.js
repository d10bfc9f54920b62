/* Crossroads: small accessibility fixes on top of Material, run on every page view
   (Material's document$ fires on the first load and after each instant navigation). */
(function () {
  "use strict";

  /** Give Material's search dialog an accessible name. */
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
  }

  /** Let keyboard users scroll wide tables: focusable, named after the section they sit in. */
  function makeScrollRegionsFocusable() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.hasAttribute("tabindex")) return;
      var heading = null;
      for (var el = wrap.previousElementSibling; el && !heading; el = el.previousElementSibling) {
        if (/^H[1-6]$/.test(el.tagName)) heading = el;
      }
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", heading ? "Table: " + heading.textContent.replace("¶", "").trim() : "Table");
    });
  }

  function onPage() {
    nameSearchDialog();
    makeScrollRegionsFocusable();
  }

  if (typeof document$ !== "undefined") document$.subscribe(onPage);
  else document.addEventListener("DOMContentLoaded", onPage);
})();
