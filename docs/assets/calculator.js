/* "Your numbers": the reader's goal, hours, weeks, fee allowance, days, retainer clients, projects and own
 * rate. It answers "what would I earn?" (a rate on a month and a year, before and after fees), "what must I
 * charge?" (the rate a monthly goal needs, set against the role's published rates and client prices) and
 * re-annualises every freelance figure, formula, caption and chart row on the page.
 *
 * Each section mirrors one Python module, step by step and in the same order of operations:
 * model/income.py (the annual scale), render/figures.py (its words), model/earnings.py (own rate, rate
 * needed, above/within/below), render/earnings.py (their sentences), render/charts.py (axis, row values).
 * The build writes each figure's published numbers and words (render/calculator.py);
 * tests/test_calculator_browser.py compares this script with Python on random settings. Numbers are worded by
 * crossroads-core.js (money, number, general, fixed, round), as render/formats.py words them.
 *
 * State lives in the address: ?goal=&hours=&weeks=&fee=&days=&clients=&projects=&per=&rate=&cur= and
 * ?view=table (charts shown as tables). window.CrossroadsCalculator exposes the pure parts (roles.js and any
 * page with the form use them). */
(function () {
  "use strict";
  if (window.CrossroadsCalculator) return;
  var C = window.Crossroads;
  var NUMBERS = ["goal", "hours", "weeks", "fee", "days", "clients", "projects", "rate"];
  var OPTIONAL = {goal: true, rate: true};            // empty asks for nothing
  var PER = ["hour", "day", "retainer", "project"];
  var g = C.general;                                   // Python's format(v, "g")

  // The annual scale (model/income.py multiplier and annualise)

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

  // Its words (render/figures.py)

  /** figures.ends: `$81,900 – $239,200 or more`, a range whose open end says so ('' when an end is missing). */
  function ends(low, high, currency, openLow, openHigh) {
    if (low === null || low === undefined || high === null || high === undefined) return "";
    return C.money(C.round(low, 2), currency) + (openLow ? " or less" : "") + " – " + C.money(C.round(high, 2), currency) +
      (openHigh ? " or more" : "");
  }

  /** figures.published: `$42,070 – $144,610 (median $76,950)` or `$110` (f as the API gives it). */
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

  /** figures.basis_text: the hours (or days, or clients) and weeks behind a figure of a kind ('' for salaries). */
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

  // What would I earn (model/earnings.py)

  /** earnings.units: hours, days, retainer-months or projects a year. */
  function units(per, s) {
    return {hour: s.hours * s.weeks, day: s.days * s.weeks, retainer: s.clients * s.months, project: s.projects * s.months}[per];
  }

  /** earnings.earnings: a rate on a year and an average month, before and after the fee allowance. */
  function earnings(rate, per, s) {
    var year = rate * units(per, s), after = year * (1 - s.fee / 100);
    return {year: year, month: year / 12, year_after: after, month_after: after / 12};
  }

  /** earnings.needed: the rate that reaches goal a month after fees, rounded up to a whole unit of money. */
  function needed(goal, per, s) {
    return Math.ceil(goal * 12 / (units(per, s) * (1 - s.fee / 100)) - 1e-9);
  }

  /** earnings.position: where a published figure sits against the rate needed. */
  function position(f, need) {
    var low = f.low !== null ? f.low : f.median, high = f.high !== null ? f.high : f.median;
    if (low > need) return "above";
    if (high < need && !f.open_high) return "below";
    return "within";
  }

  // Their sentences (render/earnings.py)

  var POSITION = {above: "above", within: "around", below: "below"};

  function plural(v, word) { return C.number(v) + " " + word + (v === 1 ? "" : "s"); }

  function whole(v, currency) { return C.money(C.roundEven(v), currency); }

  function basis(per, s) {
    if (per === "hour") return "at " + plural(s.hours, "hour") + " a week, " + plural(s.weeks, "week") + " a year";
    if (per === "day") return "at " + plural(s.days, "day") + " a week, " + plural(s.weeks, "week") + " a year";
    if (per === "retainer") return "with " + plural(s.clients, "retainer client") + ", " + plural(s.months, "month") + " a year";
    return "at " + plural(s.projects, "project") + " a month, " + plural(s.months, "month") + " a year";
  }

  /** render/earnings.results: every text the results show (info: the form's payload). */
  function results(s, info) {
    var words = info.per_words, per = words[s.per], out = {ramp: info.ramp, lines: [], summary: "", rows: []};
    if (s.rate === null) out.own = "Enter your rate to see it on a month and a year.";
    else {
      var e = earnings(s.rate, s.per, s);
      out.own = C.money(s.rate, s.cur) + " " + per + ", " + basis(s.per, s) + ":";
      out.rows = [["Before fees", whole(e.month, s.cur), whole(e.year, s.cur)],
                  ["After a " + C.number(s.fee) + "% fee allowance", whole(e.month_after, s.cur), whole(e.year_after, s.cur)]];
    }
    if (s.goal === null) {
      out.need = "Enter a monthly goal to see the rate it needs.";
      return out;
    }
    out.need = "To take home " + whole(s.goal, s.cur) + " a month after a " + C.number(s.fee) + "% fee allowance, charge " +
      whole(needed(s.goal, s.per, s), s.cur) + " " + per + " " + basis(s.per, s) + ".";
    var items = info.compare.filter(function (c) { return c.currency === s.cur; });
    var counts = {above: 0, within: 0, below: 0};
    PER.forEach(function (unit) {
      var mine = items.filter(function (c) { return c.unit === unit; });
      if (!mine.length) return;
      var need = needed(s.goal, unit, s);
      out.lines.push([info.unit_heading[unit] + " (you need " + whole(need, mine[0].currency) + "):", mine.map(function (c) {
        var pos = position(c, need);
        counts[pos] += 1;
        return (c.role ? c.role + ": " : "") + c.published + ": " + c.words + " — " + POSITION[pos];
      })]);
    });
    var name = info.currency_names[s.cur] || s.cur;
    if (!items.length) {
      out.summary = "No rate or client price in " + name + " per hour, day, retainer or project is published for " + info.where + ".";
      return out;
    }
    var parts = ["above", "within", "below"].filter(function (p) { return counts[p]; })
      .map(function (p) { return counts[p] + " " + POSITION[p]; });
    var said = parts.length === 1 ? parts[0] : parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1];
    out.summary = "Of " + items.length + " published figure" + (items.length !== 1 ? "s" : "") + " for " + info.where +
      " in " + name + ": " + said + " what you need.";
    return out;
  }

  // Charts (render/charts.py: axis, short, compact, value_label; x0/x1, tick count and base on each SVG)

  /** charts.axis: [axis maximum, tick step], the smallest round step (1, 2 or 5 × 10^n) covering top in `intervals`. */
  function axis(top, intervals) {
    if (top <= 0) return [1, 1];
    var power = 1, least = top / intervals, factors = [1, 2, 5, 10];
    while (power * 10 <= least) power *= 10;
    while (power > least) power /= 10;
    for (var i = 0; i < factors.length; i++) {
      var step = factors[i] * power, n = Math.ceil(top / step - 1e-9);
      if (n <= intervals) return [n * step, step];
    }
    return [intervals * 10 * power, 10 * power];
  }

  /** charts.short: an axis label ($0, $50k, $1.5M). */
  function short(v, currency) {
    if (v >= 1e6) return C.symbol(currency) + g(v / 1e6) + "M";
    if (v >= 1000) return C.symbol(currency) + g(v / 1000) + "k";
    return C.money(v, currency);
  }

  /** formats.compact: `$45.5k`, `$140k`, `$1.2M`, `$950` (three significant digits). */
  function compact(v, currency, withSymbol) {
    var sym = withSymbol === false ? "" : C.symbol(currency);
    if (v < 1000) return sym + C.grouped(C.fixed(v, 0));
    var scale = Math.pow(10, String(Math.floor(v)).length - 3), kept = C.roundEven(v / scale) * scale;
    return kept >= 1e6 ? sym + g(kept / 1e6) + "M" : sym + g(kept / 1000) + "k";
  }

  /** charts.value_label: a row's value as text, `$76.9k (44.3k–140k)` wide, `$76.9k` narrow. */
  function valueLabel(a, wide) {
    var cur = a.currency;
    if (a.lo === a.hi) return compact(a.mid, cur);
    var range = (a.open_low ? "≤" : "") + compact(a.lo, cur, false) + "–" + compact(a.hi, cur, false) + (a.open_high ? "+" : "");
    if (a.median === null) return C.symbol(cur) + range;
    return wide ? compact(a.mid, cur) + " (" + range + ")" : compact(a.mid, cur);
  }

  var SVG = "http://www.w3.org/2000/svg";

  function svgEl(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Move one row (a g[data-cr-fig]) to its new values; x maps a value to the plot. */
  function redrawBar(b, a, x, wide) {
    var range = b.querySelector(".cr-range"), mid = b.querySelector(".cr-mid"), tails = b.querySelectorAll(".cr-open");
    var y = Number(mid.getAttribute("cy")), open = b.getAttribute("data-cr-open") || "";
    if (range) { range.setAttribute("x1", x(a.lo)); range.setAttribute("x2", Math.max(x(a.hi), x(a.lo) + 2)); }
    var t = 0;
    if (open.indexOf("high") >= 0 && tails[t]) {
      tails[t].setAttribute("x1", x(a.hi)); tails[t++].setAttribute("x2", C.round(x(a.hi) + 16, 1));
      var arrow = b.querySelector(".cr-arrow");
      if (arrow) arrow.setAttribute("d", "M" + C.round(x(a.hi) + 16, 1) + "," + g(y - 5) + "l6,5l-6,5z");
    }
    if (open.indexOf("low") >= 0 && tails[t]) { tails[t].setAttribute("x1", x(a.lo)); tails[t].setAttribute("x2", Math.max(x(a.lo) - 16, x(0))); }
    mid.setAttribute("cx", x(a.mid));
    var value = b.querySelector(".cr-value"), tip = b.querySelector("title");
    if (value) value.textContent = valueLabel(a, wide);
    if (tip) tip.textContent = tip.textContent.replace(a.previous, a.text);
  }

  /** Redraw a chart's axis (round steps for the new top) and its rows; the description follows the new texts. */
  function redrawChart(svg, values) {
    var bars = svg.querySelectorAll("g[data-cr-fig]"), gridTop = svg.querySelector(".cr-grid");
    if (!bars.length) return;
    var x0 = parseFloat(svg.getAttribute("data-cr-x0")), x1 = parseFloat(svg.getAttribute("data-cr-x1"));
    var base = Number(svg.getAttribute("data-cr-base")), wide = svg.classList.contains("cr-chart--wide");
    var top = 0, currency = "USD";
    bars.forEach(function (b) {
      var a = values[b.getAttribute("data-cr-fig")];
      if (a) { top = Math.max(top, a.mid, a.hi); currency = a.currency; }
    });
    var ax = axis(top, Number(svg.getAttribute("data-cr-ticks")) || 4), max = ax[0], step = ax[1];
    function x(v) { return C.round(x0 + (x1 - x0) * v / max, 1); }
    var group = svg.querySelector(".cr-axis"), y1 = gridTop ? gridTop.getAttribute("y1") : "8";
    if (group) {
      while (group.firstChild) group.removeChild(group.firstChild);
      for (var i = 0; i <= Math.round(max / step); i++) {
        var at = x(i * step);
        group.appendChild(svgEl("line", {class: "cr-grid", x1: at, y1: y1, x2: at, y2: base}));
        group.appendChild(svgEl("text", {class: "cr-tick", x: at, y: base + 20, "text-anchor": i === 0 && !wide ? "start" : "middle"},
                                short(i * step, currency)));
      }
    }
    var desc = svg.querySelector("desc");
    bars.forEach(function (b) {
      var a = values[b.getAttribute("data-cr-fig")];
      if (!a) return;
      redrawBar(b, a, x, wide);
      if (desc) desc.textContent = desc.textContent.replace(a.previous, a.text);
    });
  }

  // The page

  /** The settings: defaults, with every valid number (within limits, when given) and choice from raw. */
  function settings(defaults, raw, limits) {
    var s = {};
    Object.keys(defaults).forEach(function (k) { s[k] = defaults[k]; });
    NUMBERS.forEach(function (n) {
      if (raw[n] === undefined || raw[n] === "" || raw[n] === null) return;
      var v = Number(raw[n]);
      if (isFinite(v) && (!limits || (v >= limits[n][0] && v <= limits[n][1]))) s[n] = v;
    });
    if (PER.indexOf(raw.per) >= 0) s.per = raw.per;
    if (typeof raw.cur === "string" && /^[A-Z]{3}$/.test(raw.cur)) s.cur = raw.cur;
    return s;
  }

  function Calculator(form) {
    var info = JSON.parse(form.getAttribute("data-cr-calc"));
    this.form = form;
    this.info = info;
    this.defaults = info.defaults;
    this.figures = info.figures;
    this.root = form.closest("article") || document;
    this.status = form.querySelector("[role=status]");
    this.texts = {};
    this.timer = null;
    var s = this.last = settings(this.defaults, {}), self = this;
    Object.keys(this.figures).forEach(function (k) { self.texts[k] = annualText(annualise(self.figures[k], s)); });
  }

  /** One field's value: null when empty and allowed to be; undefined when not valid (its message shown). */
  Calculator.prototype.field = function (name) {
    var input = this.form.elements[name], text = input.value.trim(), v = Number(text);
    var limits = this.info.limits[name], error = this.form.querySelector("#cr-calc-" + name + "-error");
    var empty = text === "" && !(input.validity && input.validity.badInput);
    var ok = empty ? !!OPTIONAL[name] : isFinite(v) && v >= limits[0] && v <= limits[1];
    input.setAttribute("aria-invalid", ok ? "false" : "true");
    error.hidden = ok;
    error.textContent = ok ? "" : this.info.messages[name];
    if (!ok) return undefined;
    return empty ? null : v;
  };

  /** The settings in the form; a bad value is kept in its field and marked, and its last good value used. */
  Calculator.prototype.read = function () {
    var raw = {}, self = this, bad = [];
    NUMBERS.forEach(function (n) {
      var v = self.field(n);
      if (v === undefined) { bad.push(n); raw[n] = self.last[n]; } else raw[n] = v;
    });
    var s = settings(this.defaults, {per: this.form.elements.per.value, cur: this.form.elements.cur ? this.form.elements.cur.value : "USD"});
    NUMBERS.forEach(function (n) { s[n] = raw[n]; });
    this.bad = bad;
    this.last = s;
    return s;
  };

  /** Rewrite every figure, formula, assumption, caption, chart row and result on the page for the settings s.
      `asBuilt`: the page is as the build wrote it, so at the default settings its figures and charts already
      read what this would write (tests/test_calculator_browser.py holds them equal) and only the results are
      filled: on the income page that is most of the page's start-up script time. */
  Calculator.prototype.apply = function (s, asBuilt) {
    var self = this, values = {};
    if (asBuilt && Object.keys(this.defaults).every(function (k) { return s[k] === self.defaults[k]; })) {
      this.show(results(s, this.info));
      return;
    }
    Object.keys(this.figures).forEach(function (k) {
      var a = annualise(self.figures[k], s);
      a.text = annualText(a);
      a.previous = self.texts[k];
      self.texts[k] = a.text;
      values[k] = a;
    });
    this.root.querySelectorAll("span[data-cr-fig]").forEach(function (node) {
      var a = values[node.getAttribute("data-cr-fig")];
      if (a) node.textContent = a.text;
    });
    this.root.querySelectorAll("[data-cr-formula]").forEach(function (node) {
      var f = self.figures[node.getAttribute("data-cr-formula")], words = f && formula(f, s);
      if (words) node.textContent = words;
    });
    this.root.querySelectorAll("[data-cr-assumed]").forEach(function (node) {
      var f = self.figures[node.getAttribute("data-cr-assumed")];
      if (f) node.textContent = assumed(f, s);
    });
    this.root.querySelectorAll("[data-cr-assumed-kind]").forEach(function (node) {
      node.textContent = assumed({kind: node.getAttribute("data-cr-assumed-kind")}, s);
    });
    this.root.querySelectorAll("[data-cr-setting]").forEach(function (node) {
      node.textContent = g(s[node.getAttribute("data-cr-setting")]);
    });
    this.root.querySelectorAll("svg.cr-chart").forEach(function (svg) { redrawChart(svg, values); });
    this.show(results(s, this.info));
    var ft = this.info.full_time, full = s.hours === ft.hours && s.days === ft.days;
    this.root.querySelectorAll("[data-cr-fulltime]").forEach(function (b) { b.setAttribute("aria-pressed", full ? "true" : "false"); });
  };

  /** Put the result texts into the marked parts of the results block. */
  Calculator.prototype.show = function (r) {
    var form = this.form;
    function out(name) { return form.querySelector('[data-cr-out="' + name + '"]'); }
    ["need", "summary", "ramp", "own"].forEach(function (name) {
      var node = out(name);
      if (!node) return;
      node.textContent = r[name] || "";
      node.hidden = !r[name];
    });
    var list = out("lines"), table = out("rows"), parts = [];
    if (list) {
      r.lines.forEach(function (group) {
        parts.push(C.el("p", {text: group[0]}));
        parts.push(C.el("ul", {}, group[1].map(function (t) { return C.el("li", {text: t}); })));
      });
      list.replaceChildren.apply(list, parts);
      list.hidden = !r.lines.length;
    }
    if (table) {
      var body = table.tBodies[0];
      body.replaceChildren.apply(body, r.rows.map(function (row) {
        return C.el("tr", {}, [C.el("th", {scope: "row", text: row[0]}), C.el("td", {text: row[1]}), C.el("td", {text: row[2]})]);
      }));
      table.hidden = !r.rows.length;
    }
  };

  /** Read the form, apply it, keep it in the address bar and (after a pause in typing) announce it. */
  Calculator.prototype.update = function (announce, asBuilt) {
    var s = this.read(), self = this, url = {};
    this.apply(s, asBuilt);
    var stale = this.form.querySelector("[data-cr-stale]");
    if (stale) stale.hidden = !this.bad.length;
    this.form.classList.toggle("cr-calc--stale", this.bad.length > 0);
    NUMBERS.forEach(function (n) { url[n] = s[n] === null || s[n] === self.defaults[n] ? null : g(s[n]); });
    url.per = s.per === this.defaults.per ? null : s.per;
    url.cur = s.cur === this.defaults.cur ? null : s.cur;
    C.writeParams(url);
    if (!announce) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () {
      if (self.bad.length) {
        var label = self.form.querySelector('label[for="cr-calc-' + self.bad[0] + '"]').textContent;
        C.say(self.status, label + ": " + self.info.messages[self.bad[0]] + " Results not updated.");
      } else if (s.goal !== null) {
        C.say(self.status, results(s, self.info).need);
      } else {
        C.say(self.status, "Freelance figures updated for " + g(s.hours) + " hours a week, " + g(s.weeks) +
          " weeks a year and a " + g(s.fee) + "% fee allowance.");
      }
    }, 600);
  };

  /** The full-time switch: freelance figures at full-time hours and days, or back to what they were. */
  Calculator.prototype.fullTime = function () {
    var ft = this.info.full_time, els = this.form.elements, on = this.last.hours === ft.hours && this.last.days === ft.days;
    var back = this.before || this.defaults;
    if (!on) this.before = {hours: this.last.hours, days: this.last.days};
    els.hours.value = g(on ? back.hours : ft.hours);
    els.days.value = g(on ? back.days : ft.days);
    this.update(true);
  };

  /** Chart or table, for every chart on the page, kept in the address (?view=table). */
  function setView(root, view) {
    document.documentElement.classList.toggle("cr-view-table", view === "table");
    root.querySelectorAll("[data-cr-view]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-cr-view") === view ? "true" : "false");
    });
    window.dispatchEvent(new Event("resize"));           // crossroads.js stacks a table that is now visible
  }

  Calculator.prototype.start = function () {
    var self = this, raw = C.readParams(NUMBERS.concat(["per", "cur"]));
    NUMBERS.forEach(function (n) { if (raw[n] !== undefined) self.form.elements[n].value = raw[n]; });
    if (PER.indexOf(raw.per) >= 0) this.form.elements.per.value = raw.per;
    var cur = this.form.elements.cur;
    if (cur && raw.cur && cur.querySelector('option[value="' + raw.cur.replace(/[^A-Z]/g, "") + '"]')) cur.value = raw.cur;
    this.form.hidden = false;
    this.form.addEventListener("input", function () { self.update(true); });
    this.form.addEventListener("submit", function (e) { e.preventDefault(); });
    this.form.addEventListener("reset", function () { setTimeout(function () { self.update(true); }, 0); });
    this.root.querySelectorAll("[data-cr-fulltime]").forEach(function (b) { b.addEventListener("click", function () { self.fullTime(); }); });
    this.update(false, true);
  };

  /** A chart's Chart / Table buttons (each switches every chart on the page). */
  function startViews(figure) {
    var root = figure.closest("article") || document;
    setView(root, C.readParams(["view"]).view === "table" ? "table" : "chart");
    figure.querySelectorAll("[data-cr-view]").forEach(function (b) {
      b.addEventListener("click", function () {
        var v = b.getAttribute("data-cr-view");
        setView(root, v);
        C.writeParams({view: v === "table" ? "table" : null});
      });
    });
  }

  function start() {
    if (!document.querySelector("figure.cr-figure")) document.documentElement.classList.remove("cr-view-table");
    C.mount("figure.cr-figure", startViews);
    C.mount("form.cr-calc[data-cr-calc]", function (form) { new Calculator(form).start(); });
  }

  window.CrossroadsCalculator = {annualise: annualise, annualText: annualText, published: published, formula: formula,
                                 assumed: assumed, settings: settings, units: units, earnings: earnings, needed: needed,
                                 position: position, results: results, axis: axis, compact: compact, valueLabel: valueLabel};
  C.onPage(start);
})();
