/* "Your numbers": re-annualises every freelance figure, formula and chart bar on the page with the
 * reader's billable hours, weeks and fee allowance. The same formula, in the same order, as
 * hooks/crossroads/model/income.py (basis, multiplier, annualise) and the same words as
 * render/figures.py (ends, published, annual_text, formula_text, assumed_text); the build writes each
 * figure's published numbers (render/calculator.py) and tests/test_calculator_browser.py checks 200
 * random settings against Python. Values live in the query string (?hours=&weeks=&fee=). Numbers are
 * worded by crossroads-core.js (money, general, fixed), as render/formats.py words them.
 *
 * Sections: the formula (pure numbers), its wording (pure text), the charts (SVG), the page (form and
 * address bar). window.CrossroadsCalculator exposes the pure parts (roles.js uses them). */
(function () {
  "use strict";
  if (window.CrossroadsCalculator) return;
  var C = window.Crossroads;
  var NAMES = ["hours", "weeks", "fee"];
  var g = C.general;                                   // Python's format(v, "g")

  // The formula (model/income.py multiplier and annualise)

  /** The multiplier from a published rate to a year (1 for annual figures), before any currency rate. */
  function factor(kind, s) {
    var fee = 1 - s.fee / 100;
    if (kind === "hourly") return s.hours * s.weeks * fee;
    if (kind === "daily") return s.days * s.weeks * fee;
    if (kind === "monthly_retainer") return s.clients * s.months * fee;
    return 1;
  }

  /** A figure on the annual scale: low, median and high rounded to cents as income.annualise does, plus
   *  the point to plot (mid) and the ends to draw (lo, hi) as Annualised.mid and Annualised.span. */
  function annualise(f, s) {
    var mult = factor(f.kind, s) * f.rate;
    function scale(v) { return v === null ? null : C.round(v * mult, 2); }
    var a = {low: scale(f.low), median: scale(f.median), high: scale(f.high), currency: f.currency,
             open_low: f.open_low, open_high: f.open_high};
    a.mid = a.median !== null ? a.median : (a.low + a.high) / 2;
    a.lo = a.low !== null ? a.low : a.mid;
    a.hi = a.high !== null ? a.high : a.mid;
    return a;
  }

  // Its wording (render/figures.py)

  /** figures.ends: `$81,900 – $239,200 or more`, a range whose open end says so ('' when an end is missing). */
  function ends(low, high, currency, openLow, openHigh) {
    if (low === null || low === undefined || high === null || high === undefined) return "";
    return C.money(C.round(low, 2), currency) + (openLow ? " or less" : "") + " – " + C.money(C.round(high, 2), currency) +
      (openHigh ? " or more" : "");
  }

  /** figures.published: `$42,070 – $144,610 (median $76,950)` or `$110`, the figure as its source gives it
   *  (f as the API gives it: low, median, high, currency, open_end). */
  function published(f) {
    var range = ends(f.low, f.high, f.currency, f.open_end === "low", f.open_end === "high");
    var mid = f.median !== null && f.median !== undefined ? C.money(f.median, f.currency) : "";
    if (range && mid) return range + " (median " + mid + ")";
    return range || mid;
  }

  /** figures.annual_text: `$45,540 – $68,310 a year`, whole amounts, an open end says so. */
  function annualText(a) {
    if (a.lo === a.hi) return C.money(C.roundEven(a.lo), a.currency) + " a year";
    return ends(C.roundEven(a.lo), C.roundEven(a.hi), a.currency, a.open_low, a.open_high) + " a year";
  }

  /** figures.assumed_text: the hours (or days, or clients) and weeks behind a figure, printed beside it ('' for salaries). */
  function assumed(f, s) {
    var fee = "less " + g(s.fee) + "% fees";
    if (f.kind === "hourly") return "at " + g(s.hours) + " billable hours a week, " + g(s.weeks) + " weeks a year, " + fee;
    if (f.kind === "daily") return "at " + g(s.days) + " billable day" + (s.days !== 1 ? "s" : "") + " a week, " +
      g(s.weeks) + " weeks a year, " + fee;
    if (f.kind === "monthly_retainer") return "with " + g(s.clients) + " retainer clients, " + g(s.months) + " months a year, " + fee;
    return "";
  }

  /** figures.formula_text: `hourly rate × 10 hours a week × 46 weeks × 90% after a 10% fee allowance`
   *  (then the published conversion, f.rate_words); null for figures taken as published. */
  function formula(f, s) {
    var fee = 1 - s.fee / 100;
    var feeWords = C.fixed(fee * 100, 0) + "% after a " + g(s.fee) + "% fee allowance";   // Python's format(fee, ".0%")
    var words = {hourly: "hourly rate × " + g(s.hours) + " hours a week × " + g(s.weeks) + " weeks × ",
                 daily: "day rate × " + g(s.days) + " day a week × " + g(s.weeks) + " weeks × ",
                 monthly_retainer: "retainer × " + g(s.clients) + " clients × " + g(s.months) + " months × "}[f.kind];
    return words ? words + feeWords + f.rate_words : null;
  }

  // Charts (charts.py geometry: x0/x1 of the plot on each SVG, ticks at quarters of a round maximum)

  /** render/charts.nice_max: a round number at or above top. */
  function niceMax(top) {
    var step = top > 0 ? Math.pow(10, Math.floor(Math.log10(top))) : 1;
    var nice = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
    for (var i = 0; i < nice.length; i++) if (top <= nice[i] * step) return nice[i] * step;
    return 10 * step;
  }

  /** render/charts.short: an axis label ($0, $50k, $1.5M). */
  function short(v, currency) {
    if (v >= 1e6) return C.symbol(currency) + g(v / 1e6) + "M";
    if (v >= 1000) return C.symbol(currency) + g(v / 1000) + "k";
    return C.money(v, currency);
  }

  /** Move one bar (a g[data-cr-fig] drawn by charts.py) to its new values; x maps a value to the plot. */
  function redrawBar(b, a, x) {
    var range = b.querySelector(".cr-range"), mid = b.querySelector(".cr-mid"), tail = b.querySelector(".cr-open");
    var y = mid.getAttribute("cy");
    if (range) { range.setAttribute("x1", x(a.lo)); range.setAttribute("x2", Math.max(x(a.hi), +x(a.lo) + 2)); }
    if (tail && b.getAttribute("data-cr-open").indexOf("high") >= 0) {
      tail.setAttribute("x1", x(a.hi)); tail.setAttribute("x2", (+x(a.hi) + 16).toFixed(1));
      var arrow = b.querySelector(".cr-arrow");
      if (arrow) arrow.setAttribute("d", "M" + (+x(a.hi) + 16).toFixed(1) + "," + (y - 5) + "l6,5l-6,5z");
    }
    mid.setAttribute("cx", x(a.mid));
    var tip = b.querySelector("title");
    if (tip) tip.textContent = tip.textContent.replace(a.previous, a.text);
  }

  /** Redraw a chart's axis (a new round maximum) and its bars; the description follows the new texts. */
  function redrawChart(svg, values) {
    var bars = svg.querySelectorAll("g[data-cr-fig]");
    if (!bars.length) return;
    var x0 = parseFloat(svg.getAttribute("data-cr-x0")), x1 = parseFloat(svg.getAttribute("data-cr-x1"));
    var top = 0, currency = "USD";
    bars.forEach(function (b) {
      var a = values[b.getAttribute("data-cr-fig")];
      if (a) { top = Math.max(top, a.mid, a.hi); currency = a.currency; }
    });
    top = niceMax(top || 1);
    function x(v) { return (x0 + (x1 - x0) * v / top).toFixed(1); }
    svg.querySelectorAll("text.cr-tick").forEach(function (t, i, all) { t.textContent = short(top * i / (all.length - 1), currency); });
    var desc = svg.querySelector("desc");
    bars.forEach(function (b) {
      var a = values[b.getAttribute("data-cr-fig")];
      if (!a) return;
      redrawBar(b, a, x);
      if (desc) desc.textContent = desc.textContent.replace(a.previous, a.text);
    });
  }

  // The page

  /** The settings: the build's defaults (assumptions.yml), with any valid hours, weeks or fee from raw. */
  function settings(defaults, raw) {
    var s = {};
    Object.keys(defaults).forEach(function (k) { s[k] = defaults[k]; });
    NAMES.forEach(function (n) {
      var v = raw[n] === undefined || raw[n] === "" ? NaN : Number(raw[n]);
      if (isFinite(v)) s[n] = v;
    });
    return s;
  }

  /** An input holding a number within its min and max. */
  function valid(input) {
    var v = Number(input.value);
    return input.value !== "" && isFinite(v) && v >= Number(input.min) && v <= Number(input.max);
  }

  function Calculator(form) {
    var payload = JSON.parse(form.getAttribute("data-cr-calc"));
    this.form = form;
    this.defaults = payload.defaults;
    this.figures = payload.figures;
    this.root = form.closest("article") || document;
    this.status = form.querySelector("[role=status]");
    this.texts = {};
    this.timer = null;
    var s = this.last = settings(this.defaults, {}), self = this;
    Object.keys(this.figures).forEach(function (k) { self.texts[k] = annualText(annualise(self.figures[k], s)); });
  }

  /** The settings in the form; a value out of range is marked and the last good one kept. */
  Calculator.prototype.read = function () {
    var raw = {}, self = this;
    NAMES.forEach(function (n) {
      var input = self.form.elements[n], ok = valid(input);
      input.setAttribute("aria-invalid", ok ? "false" : "true");
      raw[n] = ok ? input.value : self.last[n];
    });
    this.last = settings(this.defaults, raw);
    return this.last;
  };

  /** Rewrite every figure, formula, assumption, setting and chart on the page for the settings s. */
  Calculator.prototype.apply = function (s) {
    var self = this, values = {};
    Object.keys(this.figures).forEach(function (k) {
      var a = annualise(self.figures[k], s);
      a.text = annualText(a);
      a.previous = self.texts[k];
      self.texts[k] = a.text;
      values[k] = a;
    });
    this.root.querySelectorAll("[data-cr-fig]").forEach(function (node) {
      var a = values[node.getAttribute("data-cr-fig")];
      if (a && node.tagName.toLowerCase() === "span") node.textContent = a.text;
    });
    this.root.querySelectorAll("[data-cr-formula]").forEach(function (node) {
      var f = self.figures[node.getAttribute("data-cr-formula")];
      var words = f && formula(f, s);
      if (words) node.textContent = words;
    });
    this.root.querySelectorAll("[data-cr-assumed]").forEach(function (node) {
      var f = self.figures[node.getAttribute("data-cr-assumed")];
      if (f) node.textContent = assumed(f, s);
    });
    this.root.querySelectorAll("[data-cr-setting]").forEach(function (node) {
      node.textContent = g(s[node.getAttribute("data-cr-setting")]);
    });
    this.root.querySelectorAll("svg.cr-chart").forEach(function (svg) { redrawChart(svg, values); });
  };

  /** Read the form, apply it, keep it in the address bar and (after a pause in typing) announce it. */
  Calculator.prototype.update = function (announce) {
    var s = this.read(), self = this, url = {};
    this.apply(s);
    NAMES.forEach(function (n) { url[n] = s[n] === self.defaults[n] ? null : g(s[n]); });
    C.writeParams(url);
    if (!announce) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () {
      C.say(self.status, "Freelance figures updated for " + g(s.hours) + " hours a week, " + g(s.weeks) +
        " weeks a year and a " + g(s.fee) + "% fee allowance.");
    }, 600);
  };

  Calculator.prototype.start = function () {
    var self = this, raw = C.readParams(NAMES);
    NAMES.forEach(function (n) { if (raw[n] !== undefined) self.form.elements[n].value = raw[n]; });
    this.form.hidden = false;
    this.form.addEventListener("input", function () { self.update(true); });
    this.form.addEventListener("submit", function (e) { e.preventDefault(); });
    this.form.addEventListener("reset", function () { setTimeout(function () { self.update(true); }, 0); });
    this.update(false);
  };

  function start() {
    C.mount("form.cr-calc[data-cr-calc]", function (form) { new Calculator(form).start(); });
  }

  window.CrossroadsCalculator = {annualise: annualise, annualText: annualText, published: published, formula: formula,
                                 assumed: assumed, settings: settings};
  C.onPage(start);
})();
