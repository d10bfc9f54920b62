/* Crossroads: helpers shared by the page scripts (table sorter, quiz, income calculator, roles).
 * Loaded first. Text only ever goes in through textContent.
 * Numbers are worded exactly as the Python build words them (hooks/crossroads/render/formats.py, Python's
 * round() and format()), so a figure the browser rewrites reads as the page the build wrote. */
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
    try { base = JSON.parse(document.getElementById("__config").textContent).base || "."; } catch { /* no Material config */ }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  /** Run fn on every page Material shows (each load; each instant navigation too, were the theme's
      navigation.instant turned on: mkdocs.yml says why it is off). */
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

  /** Scroll an element to the top of the viewport, below Material's sticky header (and its scroll-margin-top). */
  function scrollBelowHeader(node) {
    var header = document.querySelector(".md-header");
    var room = parseFloat(getComputedStyle(node).scrollMarginTop) || 8;     // CSS may ask for more (quiz.css)
    var offset = (header ? header.getBoundingClientRect().bottom : 0) + room;
    var top = node.getBoundingClientRect().top;
    if (top < offset || top > window.innerHeight * 0.6) window.scrollBy(0, top - offset);
  }


  // Numbers, worded as Python words them

  var SYMBOLS = {USD: "$", GBP: "£", EUR: "€"};     // vocabulary.CURRENCY_SYMBOL (tests/test_core_browser.py checks)

  /** The decimal value of a finite double: its digits and how many of them stand before the point.
   *  Exact from 2^-48 up (toFixed(100) has room for every fractional digit; BigInt from 1e21); below that,
   *  the first 100 significant digits (toPrecision), far more than any rounding here looks at. */
  function decimal(v) {
    var a = Math.abs(v), digits, point;
    if (a === 0 || a >= Math.pow(2, -48)) {
      var parts = (a >= 1e21 ? BigInt(a).toString() + "." + "0".repeat(100) : a.toFixed(100)).split(".");
      digits = parts[0] + (parts[1] || "");
      point = parts[0].length;
    } else {
      var m = /^(\d)\.(\d+)e-(\d+)$/.exec(a.toPrecision(100));
      digits = "0".repeat(Number(m[3])) + m[1] + m[2];
      point = 1;
    }
    return {digits: digits, point: point};
  }

  /** The first `keep` digits of a digit string, rounded on the rest with halves to the even neighbour
   *  (one more digit when the rounding carries: "999" → "1000"). */
  function roundDigits(digits, keep) {
    var head = digits.slice(0, keep), rest = digits.slice(keep);
    var last = head ? Number(head.charAt(head.length - 1)) : 0;
    var up = rest.charAt(0) > "5" || (rest.charAt(0) === "5" && (/[1-9]/.test(rest.slice(1)) || last % 2 === 1));
    if (!up) return head;
    var out = head.split(""), i = out.length - 1;
    while (i >= 0 && out[i] === "9") out[i--] = "0";
    if (i < 0) out.unshift("1"); else out[i] = String(Number(out[i]) + 1);
    return out.join("");
  }

  function sign(v) { return v < 0 || Object.is(v, -0) ? "-" : ""; }

  /** Python's format(v, ".Nf"): the exact value rounded to N decimals, halves to even ("2.5" → "2"). */
  function fixed(v, places) {
    if (!isFinite(v)) return String(v);
    var d = decimal(v), head = roundDigits(d.digits, d.point + places);
    var point = head.length - places;
    var whole = head.slice(0, point).replace(/^0+(?=\d)/, "");
    return sign(v) + whole + (places > 0 ? "." + head.slice(point) : "");
  }

  /** Python's round(v, N) (N = 0: round(v)): the nearest number with N decimals, halves to even. */
  function round(v, places) { return Number(fixed(v, places || 0)); }

  /** Python's round(v): halves go to the even neighbour. */
  function roundEven(v) { return round(v, 0); }

  /** "12.500" → "12.5", "3.000" → "3", "40." → "40". */
  function bare(text) { return text.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""); }

  /** Python's format(v, "g"): six significant digits, trailing zeros dropped, 1e+06 from a million up. */
  function general(v) {
    if (!isFinite(v)) return v !== v ? "nan" : (v < 0 ? "-inf" : "inf");
    var d = decimal(v), first = d.digits.search(/[1-9]/);
    if (first < 0) return sign(v) + "0";
    var head = roundDigits(d.digits, first + 6), carried = head.length > first + 6;
    var exp = d.point - first - 1 + (carried ? 1 : 0), sig = head.slice(first, first + 6);
    var text;
    if (exp >= -4 && exp < 6) {
      text = bare(exp >= 0 ? sig.slice(0, exp + 1) + "." + sig.slice(exp + 1) : "0." + "0".repeat(-exp - 1) + sig);
    } else {
      text = bare(sig.charAt(0) + "." + sig.slice(1)) + "e" + (exp < 0 ? "-" : "+") +
        (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
    return sign(v) + text;
  }

  /** Thousands separators in the whole part: "1234567.5" → "1,234,567.5". */
  function grouped(text) {
    var parts = text.split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+$)/g, ",");
    return parts.join(".");
  }

  /** The currency's symbol ("$"), or its code and a space ("CAD "). */
  function symbol(currency) { return SYMBOLS[currency] || currency + " "; }

  /** formats.number: `87,200`, `6.7`, `1.5e-05` (Python's format(v, ",")). */
  function number(v) {
    if (Number.isInteger(v)) return grouped(fixed(v, 0));
    var a = Math.abs(v);
    if (a !== 0 && a < 1e-4) return v.toExponential().replace(/e-(\d)$/, function (m, d) { return "e-0" + d; });
    return grouped(String(v));
  }

  /** formats.money: `$76,950`, `£334`, `$37.50` (whole numbers and anything from 1,000 up without decimals; none → "–"). */
  function money(v, currency) {
    if (v === null || v === undefined) return "–";
    return symbol(currency) + grouped(fixed(v, Number.isInteger(v) || v >= 1000 ? 0 : 2));
  }

  // Data and mounting

  var fetched = {};

  /** A readable reason a data file could not be used; `stale` when the site changed under an open page. */
  function failure(message, stale) {
    var e = new Error(message);
    e.stale = !!stale;
    return e;
  }

  /** The JSON at url, once per page life (a failure is forgotten, so a later call tries again). It is refused
   *  unless its schema_version is `version`: a script must never read data it was not written for. The error's
   *  message is a sentence for the reader; callers show it after their own "… could not be loaded." */
  function getJSON(url, version) {
    var key = version + " " + url;
    if (!fetched[key]) {
      fetched[key] = fetch(url, {credentials: "same-origin"}).then(function (r) {
        if (!r.ok) throw failure("Reload the page to try again.");
        return r.json();
      }, function () {
        throw failure("Reload the page to try again.");
      }).then(function (data) {
        if (!data || data.schema_version !== version) {
          throw failure("The guide was updated while this page was open: reload the page to get the new version.", true);
        }
        return data;
      });
      fetched[key].catch(function () { delete fetched[key]; });
    }
    return fetched[key];
  }

  /** start(node) once for every element matching selector (a node or a CSS selector). Material's instant
   *  navigation runs the page scripts again on every page; a node already started is marked and skipped. */
  function mount(target, start) {
    var nodes = typeof target === "string" ? document.querySelectorAll(target) : [target];
    Array.prototype.forEach.call(nodes, function (node) {
      if (!node || node.hasAttribute("data-mounted")) return;
      node.setAttribute("data-mounted", "");
      start(node);
    });
  }

  window.Crossroads = {el: el, button: button, siteRoot: siteRoot, onPage: onPage, say: say,
                       readParams: readParams, writeParams: writeParams, scrollBelowHeader: scrollBelowHeader,
                       fixed: fixed, round: round, roundEven: roundEven, general: general, grouped: grouped,
                       symbol: symbol, symbols: SYMBOLS, number: number, money: money, getJSON: getJSON, mount: mount};
})();
