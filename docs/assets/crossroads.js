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

  /** Number to sort by: the first number in the cell ($1,200 → 1200), else null. */
  function sortKey(cell) {
    var m = cell.textContent.replace(/,/g, "").match(/-?\d+(\.\d+)?/);
    return m ? parseFloat(m[0]) : null;
  }

  /** Sort a table body by one column; numbers numerically, text alphabetically. */
  function sortBy(table, index, th) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index], y = b.cells[index];
      var nx = sortKey(x), ny = sortKey(y), r;
      if (nx !== null && ny !== null) r = nx - ny;
      else r = x.textContent.trim().localeCompare(y.textContent.trim());
      return ascending ? r : -r;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  /** Turn the headers of tables inside .cr-sortable into sort buttons (keyboard and screen reader friendly). */
  function makeTablesSortable() {
    document.querySelectorAll(".cr-sortable table").forEach(function (table) {
      if (table.dataset.crSortable) return;
      table.dataset.crSortable = "1";
      table.querySelectorAll("thead th").forEach(function (th, index) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = th.textContent;
        button.title = "Sort by " + th.textContent;
        button.addEventListener("click", function () { sortBy(table, index, th); });
        th.textContent = "";
        th.appendChild(button);
      });
    });
  }

  /** A chart wider than the screen scrolls: let keyboard users reach and scroll it. */
  function makeWideChartsFocusable() {
    document.querySelectorAll(".cr-figure").forEach(function (figure) {
      if (figure.scrollWidth > figure.clientWidth + 1 && !figure.hasAttribute("tabindex")) {
        var title = figure.querySelector("svg > title");
        figure.setAttribute("tabindex", "0");
        figure.setAttribute("role", "group");
        figure.setAttribute("aria-label", title ? title.textContent : "Chart");
      }
    });
  }

  function onPage() {
    makeTablesSortable();
    makeWideChartsFocusable();
    nameSearchDialog();
    makeScrollRegionsFocusable();
  }

  if (typeof document$ !== "undefined") document$.subscribe(onPage);
  else document.addEventListener("DOMContentLoaded", onPage);
})();
