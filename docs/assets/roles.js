/* Crossroads: the roles pages. (1) Compare two roles (roles/compare/?a=ID&b=ID): reads
 * api/v1/roles/<id>.json from the site root Material's #__config gives, keeps the pair (and the
 * calculator's ?hours=&weeks=&fee=) in the address bar, names an unknown id. (2) The all-roles
 * table: filter by path and work mode (from api/v1/roles.json), sort from a list.
 * Text only ever goes in through textContent (crossroads-core.js el). */
(function () {
  "use strict";
  var C = window.Crossroads;
  if (!C || window.CrossroadsRoles) return;
  var el = C.el;
  var WORK_MODE = {side_hustle: "Side hustle", full_time: "Full time", both: "Side hustle or full time"};
  var SYMBOLS = {USD: "$", GBP: "£", EUR: "€"};
  var CALC = ["hours", "weeks", "fee"];
  // The site root, read once: #__config's base is relative to the page first loaded, and instant
  // navigation changes the address without replacing it.
  var ROOT = C.siteRoot();

  // Helpers

  function getJSON(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + url);
      return r.json();
    });
  }

  /** Python's round(): halves go to the even neighbour (as md.money and the pages). */
  function roundEven(v) {
    var r = Math.round(v);
    return (Math.abs(v % 1) === 0.5 && r % 2 !== 0) ? r - 1 : r;
  }

  function money(v, currency) {
    var sym = SYMBOLS[currency] || currency + " ";
    var whole = Math.round(v) === v || Math.abs(v) >= 1000;
    var text = whole ? String(roundEven(v)) : v.toFixed(2);
    return sym + text.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function range(low, high, currency, openHigh) {
    var fmt = currency ? function (v) { return money(v, currency); } : String;
    if (low === null || low === undefined) return fmt(high);
    if (high === null || high === undefined || low === high) return fmt(low);
    return fmt(low) + " – " + fmt(high) + (openHigh ? " or more" : "");
  }

  function published(f) {
    var mid = f.median !== null ? money(f.median, f.currency) : "";
    if (f.low === null || f.high === null) return mid;
    return range(f.low, f.high, f.currency, f.open_end === "high") + (mid ? " (median " + mid + ")" : "");
  }

  function cap(s) { return s ? s.charAt(0).toUpperCase() + s.slice(1) : s; }

  function pageLink(text, url) { return el("a", {href: new URL(url, ROOT).href, text: text}); }

  function paths(r) {
    var span = el("span");
    r.paths.forEach(function (p, i) {
      if (i) span.appendChild(document.createTextNode(", "));
      span.appendChild(pageLink(p.short_name, p.url));
    });
    return span;
  }

  function list(items) { return el("ul", {}, items.map(function (t) { return el("li", {}, [t]); })); }

  // Sources: every figure shown names its publisher, linked to its entry on the sources page (whose
  // address the page gives in data-cr-sources, from routes.py).
  var SOURCES = null;

  function source(role, id) {
    var s = role.sources.filter(function (x) { return x.id === id; })[0];
    if (!s) return null;
    return SOURCES ? el("a", {class: "cr-compare__source", href: SOURCES.href.split("#")[0] + "#" + id, text: s.publisher})
      : el("span", {class: "cr-compare__source", text: s.publisher});
  }

  function cited(parts, role, id) {
    var link = source(role, id);
    return link ? parts.concat([" Source: ", link, "."]) : parts;
  }

  /** A long text in a narrow column: its first sentence, the rest folded (keeps the two columns level). */
  function brief(text) {
    var cut = text.search(/[.!?]\s/);
    if (cut < 0 || text.length < 200) return text;
    return el("div", {}, [text.slice(0, cut + 1) + " ",
      el("details", {class: "cr-compare__more"}, [el("summary", {text: "Read more"}), el("p", {text: text.slice(cut + 2)})])]);
  }

  // Income on the common scale (the calculator's formula when it is loaded, else the build's values)

  function annual(fig, s) {
    var a = fig.annual;
    if (!s || !window.CrossroadsCalculator || ["hourly", "daily", "monthly_retainer"].indexOf(fig.kind) < 0) {
      return {lo: a.low !== null ? a.low : a.median, hi: a.high !== null ? a.high : a.median, mid: a.median, currency: a.currency,
              assumes: a.assumes};
    }
    var r = window.CrossroadsCalculator.annualise({kind: fig.kind, low: fig.low, median: fig.median, high: fig.high,
                                                   currency: a.currency, rate: a.rate}, s);
    return {lo: r.lo, hi: r.hi, mid: r.mid, currency: r.currency, assumes: assumes(fig.kind, s)};
  }

  function assumes(kind, s) {
    var fee = "less " + s.fee + "% fees";
    if (kind === "hourly") return "at " + s.hours + " billable hours a week, " + s.weeks + " weeks a year, " + fee;
    if (kind === "daily") return "at " + s.days + " billable day" + (s.days === 1 ? "" : "s") + " a week, " + s.weeks + " weeks a year, " + fee;
    return "with " + s.clients + " retainer clients, " + s.months + " months a year, " + fee;
  }

  function payLine(role, which, s) {
    var i = role.headline[which];
    if (i === null) return null;
    var f = role.income[i], a = annual(f, s);
    var where = [f.median !== null ? "median" : "", f.region, f.year || "undated"].filter(Boolean).join(", ");
    var amount = which === "employees" ? money(a.mid !== null ? a.mid : (a.lo + a.hi) / 2, a.currency) + " a year"
      : (a.lo === a.hi ? money(a.lo, a.currency) : range(a.lo, a.hi, a.currency, f.open_end === "high")) + " a year";
    var rest = which === "freelance" ? " " + a.assumes + " (from " + published(f) + " per " + f.unit + ", " + where + ")" : " (" + where + ")";
    return el("li", {}, cited([cap(f.measure) + ": ", el("span", {class: "cr-derived", text: amount}), rest + "."], role, f.source));
  }

  function pay(role, s) {
    var order = role.headline.leads_with === "employees" ? ["employees", "freelance"] : ["freelance", "employees"];
    var items = order.map(function (w) { return payLine(role, w, s); }).filter(Boolean);
    return items.length ? el("ul", {}, items) : "No reliable figure yet";
  }

  // One row per aspect: label, then the two roles' values

  function official(role, get, none) {
    var o = role.occupation.official;
    return o ? get(o) : none;
  }

  var ROWS = [
    ["Path", paths],
    ["Typical pay, on one annual scale", function (r, s) { return pay(r, s); }],
    ["People employed", function (r) {
      return official(r, function (o) {
        return el("span", {}, cited([o.employment.toLocaleString("en-US") + " in " + o.employment_year + " (" + o.title.toLowerCase() + ")."], r, o.source));
      }, "Not counted: no official occupation fits this role");
    }],
    ["Typical entry education", function (r) {
      return official(r, function (o) { return el("span", {}, cited([o.entry_education + "."], r, o.source)); }, "No official figure");
    }],
    ["Projected growth", function (r) {
      var o = r.growth === null ? null : r.outlook[r.growth];
      return o ? el("span", {}, cited([o.value_text + " over " + o.period + " in " + o.region + "."], r, o.source)) : "No official projection";
    }],
    ["Start-up cost", function (r) {
      return el("span", {}, cited([range(r.startup_cost.low, r.startup_cost.high, "USD") + ", an editors' estimate."], r, r.startup_cost.source));
    }],
    ["Time to first income", function (r) {
      return el("span", {}, cited([range(r.time_to_first_income.low, r.time_to_first_income.high) + " months, an editors' estimate."], r,
        r.time_to_first_income.source));
    }],
    ["Barrier to entry", function (r) { return cap(r.barrier); }],
    ["Work mode", function (r) { return WORK_MODE[r.work_mode] + "; remote fit " + r.remote_fit; }],
    ["Core skills", function (r) { return list(r.skills.filter(function (k) { return k.level === "core"; }).map(function (k) { return k.name; })); }],
    ["How AI changes it", function (r) { return brief(r.ai_impact); }],
    ["Every figure and its source", function (r) {
      return el("span", {}, ["On ", pageLink(r.name + "'s page", r.url), ": " + r.sources.length + " source" + (r.sources.length === 1 ? "" : "s") + "."]);
    }]
  ];

  function row(label, a, b, get, s) {
    return el("div", {class: "cr-compare__row"}, [
      el("dt", {text: label}),
      el("dd", {}, [el("span", {class: "cr-sr-only", text: a.name + ": "}), get(a, s)]),
      el("dd", {}, [el("span", {class: "cr-sr-only", text: b.name + ": "}), get(b, s)])
    ]);
  }

  function move(a, b) {
    var have = {};
    a.skills.forEach(function (k) { have[k.id] = true; });
    var shared = b.skills.filter(function (k) { return have[k.id]; }).map(function (k) { return k.name; });
    var missing = b.skills.filter(function (k) { return !have[k.id]; }).map(function (k) { return k.name + " (" + k.level + ")"; });
    return el("section", {class: "cr-compare__move", "aria-labelledby": "cr-move"}, [
      el("h2", {id: "cr-move", text: "Moving from " + a.name + " to " + b.name}),
      el("p", {}, [el("strong", {text: "Skills they share: "}), shared.length ? shared.join(", ") : "none yet"]),
      el("p", {}, [el("strong", {text: "What the move needs: "}), missing.length ? missing.join(", ") : "nothing new"]),
      el("p", {}, [el("strong", {text: "A first experiment: "}), b.first_experiment])
    ]);
  }

  function view(a, b, s) {
    var head = el("div", {class: "cr-compare__head"}, [
      el("span", {class: "cr-compare__corner"}), pageLink(a.name, a.url), pageLink(b.name, b.url)]);
    var rows = ROWS.map(function (r) { return row(r[0], a, b, r[1], s); });
    var note = s ? el("p", {class: "cr-compare__note", text: "Freelance figures use your numbers: " + s.hours +
      " billable hours a week, " + s.weeks + " weeks a year, a " + s.fee + "% fee allowance."}) : null;
    return [el("h2", {id: "cr-side-by-side", text: a.name + " and " + b.name + ", side by side"}),
            note, head, el("dl", {class: "cr-compare__grid"}, rows), move(a, b)];
  }

  // The compare page

  function Compare(form) {
    this.form = form;
    this.box = form.closest(".cr-compare");
    this.view = this.box.querySelector(".cr-compare__view");
    this.status = this.box.querySelector(".cr-compare__status");
    this.api = new URL(form.getAttribute("data-cr-compare"), ROOT);
    SOURCES = form.getAttribute("data-cr-sources") ? new URL(form.getAttribute("data-cr-sources"), ROOT) : null;
    this.roles = {};
    this.ids = Array.prototype.map.call(form.elements.a.options, function (o) { return o.value; });
  }

  Compare.prototype.load = function (id) {
    if (!this.roles[id]) this.roles[id] = getJSON(new URL("roles/" + id + ".json", this.api).href).then(function (d) { return d.data; });
    return this.roles[id];
  };

  Compare.prototype.settings = function () {
    var raw = C.readParams(CALC);
    if (!Object.keys(raw).length || !window.CrossroadsCalculator) return Promise.resolve(null);
    this.defaults = this.defaults || getJSON(new URL("assumptions.json", this.api).href).then(function (d) {
      var a = d.data.annualisation;
      return {hours: a.billable_hours_per_week.value, weeks: a.weeks_per_year.value, fee: a.platform_fee_percent.value,
              days: a.billable_days_per_week.value, clients: a.retainer_clients.value, months: a.months_per_year.value};
    });
    return this.defaults.then(function (defaults) { return window.CrossroadsCalculator.settings(defaults, raw); });
  };

  Compare.prototype.show = function (announce) {
    var a = this.form.elements.a.value, b = this.form.elements.b.value, self = this;
    C.writeParams({a: a, b: b});
    this.view.setAttribute("aria-busy", "true");
    Promise.all([this.load(a), this.load(b), this.settings()]).then(function (got) {
      self.view.textContent = "";
      view(got[0], got[1], got[2]).forEach(function (n) { if (n) self.view.appendChild(n); });
      self.view.removeAttribute("aria-busy");
      if (announce) C.say(self.status, "Showing " + got[0].name + " and " + got[1].name + ".");
    }).catch(function () {
      self.view.removeAttribute("aria-busy");
      self.view.textContent = "";
      self.view.appendChild(el("p", {class: "cr-compare__error", text: "The role data could not be loaded. Try again, or use the table of all roles."}));
    });
  };

  Compare.prototype.start = function () {
    var params = C.readParams(["a", "b"]), pair = this.form.getAttribute("data-cr-default").split(","), self = this;
    var ok = function (id) { return id !== undefined && self.ids.indexOf(id) >= 0; };
    var unknown = [params.a, params.b].filter(function (id) { return id !== undefined && !ok(id); });
    var a = ok(params.a) ? params.a : null, b = ok(params.b) ? params.b : null;
    if (!a) a = b === pair[0] ? pair[1] : pair[0];
    if (!b) b = a === pair[1] ? pair[0] : pair[1];
    this.form.elements.a.value = a;
    this.form.elements.b.value = b;
    this.box.querySelector(".cr-compare__fallback").hidden = true;
    this.form.hidden = false;
    if (unknown.length) {
      var words = unknown.map(function (id) { return "“" + id + "”"; }).join(" and ");
      this.status.parentNode.insertBefore(el("p", {class: "cr-compare__unknown", role: "alert",
        text: "There is no role " + words + " in this guide, so another role is shown in its place. Pick one from the list."}), this.status);
    }
    this.form.addEventListener("change", function () { self.show(true); });
    this.form.querySelector(".cr-compare__swap").addEventListener("click", function () {
      var a = self.form.elements.a.value;
      self.form.elements.a.value = self.form.elements.b.value;
      self.form.elements.b.value = a;
      self.show(true);
    });
    this.show(false);
  };

  // The all-roles table: filter and sort

  function Filter(form) {
    this.form = form;
    this.table = form.parentNode.querySelector(".cr-sortable table");
    this.status = form.querySelector("[role=status]");
    this.api = new URL(form.getAttribute("data-cr-filter"), ROOT);
  }

  Filter.prototype.roleOf = function (row) {
    var link = row.cells[0].querySelector("a");
    var m = link && link.getAttribute("href").match(/([a-z0-9-]+)\/?$/);
    return m && this.byId[m[1]];
  };

  Filter.prototype.apply = function (announce) {
    var path = this.form.elements.path.value, mode = this.form.elements.mode.value, shown = 0, self = this;
    var rows = Array.prototype.slice.call(this.table.tBodies[0].rows);
    rows.forEach(function (row) {
      var r = self.roleOf(row);
      var keep = !r || ((!path || r.paths.indexOf(path) >= 0) && (!mode || r.work_mode === mode || r.work_mode === "both"));
      row.hidden = !keep;
      if (keep) shown++;
    });
    var text = "Showing " + shown + " of " + rows.length + " roles.";
    if (announce) C.say(this.status, text); else this.status.textContent = text;
  };

  Filter.prototype.sort = function () {
    var index = Number(this.form.elements.sort.value);
    var th = this.table.tHead.rows[0].cells[index], button = th && th.querySelector("button");
    if (!button) return;
    for (var i = 0; i < 2 && th.getAttribute("aria-sort") !== "ascending"; i++) button.click();
  };

  Filter.prototype.start = function () {
    var self = this, sort = this.form.elements.sort;
    Array.prototype.forEach.call(this.table.tHead.rows[0].cells, function (th, i) {
      sort.appendChild(el("option", {value: String(i), text: th.textContent.trim()}));
    });
    getJSON(new URL("roles.json", this.api).href).then(function (d) {
      self.byId = {};
      d.data.forEach(function (r) { self.byId[r.id] = r; });
      self.form.hidden = false;
      self.form.addEventListener("change", function (e) {
        if (e.target === sort) self.sort(); else self.apply(true);
      });
      self.form.addEventListener("submit", function (e) { e.preventDefault(); });
      self.apply(false);
    }).catch(function () { /* the table stays whole and sortable */ });
  };

  function start() {
    document.querySelectorAll("form[data-cr-compare]").forEach(function (form) {
      if (form.hasAttribute("data-mounted")) return;
      form.setAttribute("data-mounted", "");
      new Compare(form).start();
    });
    document.querySelectorAll("form[data-cr-filter]").forEach(function (form) {
      if (form.hasAttribute("data-mounted") || !form.parentNode.querySelector(".cr-sortable table")) return;
      form.setAttribute("data-mounted", "");
      new Filter(form).start();
    });
  }

  window.CrossroadsRoles = {annual: annual, money: money};
  C.onPage(start);
})();
