/* Crossroads: small accessibility fixes on top of Material, table sorting and cell labels, run on every
   page view (crossroads-core.js onPage: Material's document$). */
(function () {
  "use strict";

  /** Give Material's search dialog an accessible name. */
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
  }

  /** The text of the heading (or disclosure summary) a node sits under. */
  function sectionName(node) {
    var details = node.closest("details");
    if (details && details.querySelector("summary")) return details.querySelector("summary").textContent.trim();
    for (var n = node; n && !n.matches("article"); n = n.parentElement) {
      for (var el = n.previousElementSibling; el; el = el.previousElementSibling) {
        if (/^H[1-6]$/.test(el.tagName)) return el.textContent.replace("¶", "").trim();
      }
    }
    return "";
  }

  /** Let keyboard users scroll wide tables: focusable regions, each with its own name. */
  function makeScrollRegionsFocusable() {
    var used = {};
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      var name = "Table" + (sectionName(wrap) ? ": " + sectionName(wrap) : "");
      used[name] = (used[name] || 0) + 1;
      if (used[name] > 1) name += " (" + used[name] + ")";
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", name);
    });
  }

  /** Number to sort by: the cell's data-cr-sort (written by the build), else the first number in the cell
   *  ($1,200 → 1200), else null. */
  function sortKey(cell) {
    var marked = cell.querySelector("[data-cr-sort]");
    if (marked) return parseFloat(marked.getAttribute("data-cr-sort"));
    var m = cell.textContent.replace(/,/g, "").match(/-?\d+(\.\d+)?/);
    return m ? parseFloat(m[0]) : null;
  }

  /** The group a cell sorts in: its currency when the build marked one, US dollars first. Amounts in different
   *  currencies are never ranked against each other: each currency sorts on its own, after US dollars. */
  function sortGroup(cell) {
    var marked = cell.querySelector("[data-cr-sort-group]"), group = marked ? marked.getAttribute("data-cr-sort-group") : "";
    return group === "USD" ? "" : group;
  }

  /** Sort a table body by one column; numbers numerically (within their currency), text alphabetically. */
  function sortBy(table, index, th) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index], y = b.cells[index];
      var nx = sortKey(x), ny = sortKey(y), gx = sortGroup(x), gy = sortGroup(y), r;
      if (gx !== gy) return gx < gy ? -1 : 1;          // currencies apart, whichever the direction
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
    window.Crossroads.mount(".cr-sortable table", function (table) {
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

  /** Label every cell of a table with its column (generated tables come labelled by the build). */
  function labelCells(table) {
    if (table.querySelector("td[data-label]")) return;
    var heads = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
    Array.prototype.forEach.call(table.tBodies[0] ? table.tBodies[0].rows : [], function (row) {
      Array.prototype.forEach.call(row.cells, function (cell, i) { if (heads[i]) cell.setAttribute("data-label", heads[i]); });
    });
  }

  /** Stack a table into labelled cards (.cr-stack) when it is wider than its column. All tables are
      unstacked first, then measured, then stacked: one layout for the page, not one per table. */
  function stackWideTables() {
    var tables = Array.prototype.filter.call(document.querySelectorAll(".md-typeset table"), function (table) {
      return !table.className || table.classList.contains("cr-stack");
    });
    tables.forEach(function (table) {
      labelCells(table);
      table.classList.remove("cr-stack");
      if (!table.classList.length) table.removeAttribute("class");
    });
    tables.filter(function (table) {
      var box = table.closest(".md-typeset__scrollwrap") || table.parentElement;
      return box.scrollWidth > box.clientWidth + 1;
    }).forEach(function (table) { table.classList.add("cr-stack"); });
  }

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(stackWideTables, 150);
  });

  function onPage() {
    makeTablesSortable();
    stackWideTables();
    nameSearchDialog();
    makeScrollRegionsFocusable();
  }

  window.Crossroads.onPage(onPage);
})();
