/* Crossroads: helpers shared by the page scripts (table sorter, quiz, income calculator).
 * Loaded first. Text only ever goes in through textContent. */
(function () {
  "use strict";
  if (window.Crossroads) return;

  /** An element with properties (text → textContent, class → className, else attributes) and children. */
  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === "text") node.textContent = props[k];
      else if (k === "class") node.className = props[k];
      else node.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  /** A Material-styled button. */
  function button(text, cls, onClick, type) {
    var b = el("button", {type: type || "button", class: "md-button " + (cls || ""), text: text});
    if (onClick) b.addEventListener("click", onClick);
    return b;
  }

  /** The site's root URL from Material's #__config, so scripts work under a sub-path. */
  function siteRoot() {
    var base = ".";
    try { base = JSON.parse(document.getElementById("__config").textContent).base || "."; } catch (e) { /* no Material config */ }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  /** Run fn on every page Material shows (first load and each instant navigation). */
  function onPage(fn) {
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(fn);
    else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  /** Announce text in a polite live region (cleared first, so a repeat is read again). */
  function say(live, text) {
    live.textContent = "";
    setTimeout(function () { live.textContent = text; }, 50);
  }

  /** Query-string values for the given names (strings; missing names are left out). */
  function readParams(names) {
    var params = new URLSearchParams(location.search), out = {};
    names.forEach(function (n) { if (params.has(n)) out[n] = params.get(n); });
    return out;
  }

  /** Set (or, with null, remove) query-string values without a reload; the fragment is kept. */
  function writeParams(values) {
    var url = new URL(location.href);
    Object.keys(values).forEach(function (n) {
      if (values[n] === null) url.searchParams.delete(n);
      else url.searchParams.set(n, values[n]);
    });
    history.replaceState(history.state, "", url.href);
  }

  /** Scroll an element to the top of the viewport, below Material's sticky header. */
  function scrollBelowHeader(node) {
    var header = document.querySelector(".md-header");
    var offset = header ? header.getBoundingClientRect().bottom : 0;
    var top = node.getBoundingClientRect().top;
    if (top < offset || top > window.innerHeight * 0.6) window.scrollBy(0, top - offset - 8);
  }

  window.Crossroads = {el: el, button: button, siteRoot: siteRoot, onPage: onPage, say: say,
                       readParams: readParams, writeParams: writeParams, scrollBelowHeader: scrollBelowHeader};
})();
