/* Crossroads: the roles pages. (1) Compare two roles (roles/compare/?a=ID&b=ID): reads
 * api/v1/roles/<id>.json from the site root Material's #__config gives, keeps the pair (and the
 * calculator's ?hours=&weeks=&fee=) in the address bar, names an unknown id. (2) The all-roles
 * table: filter by path and work mode (from api/v1/roles.json), sort from a list.
 * Text only ever goes in through textContent (crossroads-core.js el); numbers are worded by
 * crossroads-core.js (money, general) and the freelance formula is calculator.js's. */
(function () {
  "use strict";
  var C = window.Crossroads;
  if (!C || window.CrossroadsRoles) return;
  var el = C.el;
  var CALC = ["hours", "weeks", "fee"];
  var API_VERSION = 1;                 // the schema_version of api/v1 files this script reads (api.SCHEMA_VERSION)
  // The site root, read once: #__config's base is relative to the page first loaded, and instant
  // navigation changes the address without replacing it.
  var ROOT = C.siteRoot();

  // Helpers

  var money = C.money;

  /** An api/v1 file's data (refused unless it is the version this script reads). */
  function api(url) { return C.getJSON(url, API_VERSION).then(function (d) { return d.data; }); }

  /** The first letter upper-cased (compare_roles_view.cap). */
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

  /** `… Source: <publisher>.`: the figure's source, linked to its entry on the page of its kind (the form
   *  gives each kind's page in data-cr-sources, from routes.py); compare_roles_view.cited. */
  function cited(parts, role, id, ctx) {
    var s = role.sources.filter(function (x) { return x.id === id; })[0];
    if (!s) return el("span", {}, parts);
    var href = new URL(ctx.sources[s.kind], ROOT).href.split("#")[0] + "#" + id;
    return el("span", {}, parts.concat([" Source: ", el("a", {class: "cr-compare__source", href: href, text: s.publisher}), "."]));
  }

  /** A long text in a narrow column: its first sentence and a link to the rest on the role's page, so the two
   *  columns stay level (compare_roles_view.brief). */
  function brief(text, role) {
    var cut = text.search(/[.!?]\s/);
    if (text.length < 200 || cut < 0) return text;
    return el("span", {}, [text.slice(0, cut + 1) + " ", pageLink("More on its page", role.url), "."]);
  }

  // The compare view: every sentence as pages/compare_roles_view.py words it (tests/test_compare_browser.py
  // compares every pair). ctx = {s: the reader's settings or null, labels: the form's data-cr-labels,
  // sources: each kind's sources page by kind, data-cr-sources}.

  /** A figure on the annual scale, shaped as calculator.js annualise gives it: the reader's settings
   *  through the calculator's formula, else the build's values (api annual); with the hours it assumes. */
  function annual(fig, s) {
    var a = fig.annual, calc = window.CrossroadsCalculator;
    var openLow = fig.open_end === "low", openHigh = fig.open_end === "high";
    if (s && ["hourly", "daily", "monthly_retainer"].indexOf(fig.kind) >= 0) {
      var r = calc.annualise({kind: fig.kind, low: fig.low, median: fig.median, high: fig.high, currency: a.currency,
                              rate: a.rate, open_low: openLow, open_high: openHigh}, s);
      r.assumes = calc.assumed(fig, s);
      return r;
    }
    var mid = a.median !== null ? a.median : (a.low + a.high) / 2;
    return {low: a.low, median: a.median, high: a.high, currency: a.currency, open_low: openLow, open_high: openHigh,
            mid: mid, lo: a.low !== null ? a.low : mid, hi: a.high !== null ? a.high : mid, assumes: a.assumes};
  }

  /** One headline figure: `Freelance rates: $45,540 a year at 10 billable hours … (from $110 per hour, median, US, 2017)`. */
  function payLine(role, which, s, ctx) {
    var i = role.headline[which];
    if (i === null) return null;
    var f = role.income[i], a = annual(f, s), calc = window.CrossroadsCalculator;
    var where = [f.median !== null ? "median" : "", f.region, f.year || "undated"].filter(Boolean).join(", ");
    var amount = which === "employees" ? money(C.roundEven(a.mid), a.currency) + " a year" : calc.annualText(a);
    var rest = which === "freelance" ? " " + a.assumes + " (from " + calc.published(f) + " per " + f.unit + ", " + where + ")"
      : " (" + where + ")";
    var occ = which === "employees" && role.occupation.official ? ", for " + role.occupation.official.title.toLowerCase() : "";
    return el("li", {}, [cited([cap(f.measure) + ": ", el("span", {class: "cr-derived", text: amount}), rest + occ + "; " + f.match_words + "."],
      role, f.source, ctx)]);
  }

  function pay(role, s, ctx) {
    var order = role.headline.leads_with === "employees" ? ["employees", "freelance"] : ["freelance", "employees"];
    var items = order.map(function (w) { return payLine(role, w, s, ctx); }).filter(Boolean);
    return items.length ? el("ul", {}, items) : "No reliable figure yet";
  }

  // Salaried pay from stand-ins: say when two roles' figures come from different (or the same) occupations,
  // so the page never reads as one role earning more than the other.

  function wage(role) {
    var i = role.headline.employees;
    return i === null ? null : {fig: role.income[i], title: role.occupation.official ? role.occupation.official.title.toLowerCase() : ""};
  }

  function standInNote(a, b) {
    var wa = wage(a), wb = wage(b);
    if (!wa || !wb) return null;
    var loose = ["loose", "none"].indexOf(wa.fig.match) >= 0 || ["loose", "none"].indexOf(wb.fig.match) >= 0;
    if (wa.fig.occupation === wb.fig.occupation) {
      return "Both roles use the same occupation's wages (" + wa.title + "), so the salaried figure does not tell them apart.";
    }
    if (!loose) return null;
    return "Their salaried pay comes from different stand-in occupations (" + wa.title + " for " + a.name + "; " + wb.title +
      " for " + b.name + "), so the two figures do not show which role earns more.";
  }

  function official(role, get, none) {
    var o = role.occupation.official;
    return o ? get(o) : none;
  }

  /** One row per aspect: its label, and what it says for a role. */
  var ROWS = [
    ["Path", paths],
    ["Typical pay, on one annual scale", function (r, ctx) { return pay(r, ctx.s, ctx); }],
    ["People employed", function (r, ctx) {
      return official(r, function (o) {
        return cited([C.grouped(C.fixed(o.employment, 0)) + " in " + o.employment_year + " (" + o.title.toLowerCase() + ")."], r, o.source, ctx);
      }, "Not counted: no official occupation fits this role");
    }],
    ["Typical entry education", function (r, ctx) {
      return official(r, function (o) { return cited([o.entry_education + "."], r, o.source, ctx); }, "No official figure");
    }],
    ["Projected growth", function (r, ctx) {
      var o = r.growth === null ? null : r.outlook[r.growth];
      return o ? cited([o.value_text + " over " + o.period + " in " + o.region + "."], r, o.source, ctx) : "No official projection";
    }],
    ["Start-up cost", function (r, ctx) {
      var e = r.startup_cost;
      return cited([money(e.low, "USD") + " – " + money(e.high, "USD") + ", an estimate."], r, e.source, ctx);
    }],
    ["Time to first income", function (r, ctx) {
      var e = r.time_to_first_income;
      return cited([C.number(e.low) + " – " + C.number(e.high) + " months, an estimate."], r, e.source, ctx);
    }],
    ["Barrier to entry", function (r) { return cap(r.barrier); }],
    ["Work mode", function (r, ctx) { return ctx.labels.work_mode[r.work_mode] + "; remote fit " + ctx.labels.remote_fit[r.remote_fit]; }],
    ["Core skills", function (r) { return list(r.skills.filter(function (k) { return k.level === "core"; }).map(function (k) { return k.name; })); }],
    ["How AI changes it", function (r) { return brief(r.ai_impact, r); }]
  ];

  function row(label, a, b, get, ctx) {
    return el("div", {class: "cr-compare__row"}, [
      el("dt", {text: label}),
      el("dd", {}, [el("span", {class: "cr-sr-only", text: a.name + ": "}), get(a, ctx)]),
      el("dd", {}, [el("span", {class: "cr-sr-only", text: b.name + ": "}), get(b, ctx)])
    ]);
  }

  /** Moving from a to b: the skills they share, what b needs that a lacks (with its level), a first experiment. */
  function move(a, b, ctx) {
    var have = {};
    a.skills.forEach(function (k) { have[k.id] = true; });
    var shared = b.skills.filter(function (k) { return have[k.id]; }).map(function (k) { return k.name; });
    var missing = b.skills.filter(function (k) { return !have[k.id]; }).map(function (k) {
      return k.name + " (" + ctx.labels.skill_level[k.level].toLowerCase() + ")";
    });
    return el("section", {class: "cr-compare__move", "aria-labelledby": "cr-move"}, [
      el("h2", {id: "cr-move", text: "Moving from " + a.name + " to " + b.name}),
      el("p", {}, [el("strong", {text: "Skills they share: "}), shared.length ? shared.join(", ") : "none yet"]),
      el("p", {}, [el("strong", {text: "What the move needs: "}), missing.length ? missing.join(", ") : "nothing new"]),
      el("p", {}, [el("strong", {text: "A first experiment: "}), b.first_experiment])
    ]);
  }

  function view(a, b, ctx) {
    var s = ctx.s, g = C.general;
    var head = el("div", {class: "cr-compare__head"}, [
      el("span", {class: "cr-compare__corner"}), pageLink(a.name, a.url), pageLink(b.name, b.url)]);
    var rows = ROWS.map(function (r) { return row(r[0], a, b, r[1], ctx); });
    var note = s ? el("p", {class: "cr-compare__note", text: "Freelance figures use your numbers: " + g(s.hours) +
      " billable hours a week, " + g(s.weeks) + " weeks a year, a " + g(s.fee) + "% fee allowance."}) : null;
    var stand = standInNote(a, b);
    var standIn = stand ? el("p", {class: "cr-compare__stand-in", text: stand}) : null;
    return [el("h2", {id: "cr-side-by-side", text: a.name + " and " + b.name + ", side by side"}),
            note, standIn, head, el("dl", {class: "cr-compare__grid"}, rows), move(a, b, ctx)];
  }

  // The compare page

  function Compare(form) {
    this.form = form;
    this.box = form.closest(".cr-compare");
    this.view = this.box.querySelector(".cr-compare__view");
    this.status = this.box.querySelector(".cr-compare__status");
    this.api = new URL(form.getAttribute("data-cr-compare"), ROOT);
    this.labels = JSON.parse(form.getAttribute("data-cr-labels"));   // vocabulary's labels (pages/compare_roles.labels)
    this.sources = JSON.parse(form.getAttribute("data-cr-sources"));  // each kind's sources page (routes.py)
    this.ids = Array.prototype.map.call(form.elements.a.options, function (o) { return o.value; });
  }

  Compare.prototype.load = function (id) {
    return api(new URL("roles/" + id + ".json", this.api).href);
  };

  Compare.prototype.settings = function () {
    var raw = C.readParams(CALC);
    if (!Object.keys(raw).length) return Promise.resolve(null);
    var defaults = api(new URL("assumptions.json", this.api).href).then(function (data) {
      var a = data.annualisation;
      return {hours: a.billable_hours_per_week.value, weeks: a.weeks_per_year.value, fee: a.platform_fee_percent.value,
              days: a.billable_days_per_week.value, clients: a.retainer_clients.value, months: a.months_per_year.value};
    });
    return defaults.then(function (d) { return window.CrossroadsCalculator.settings(d, raw); });
  };

  Compare.prototype.show = function (announce) {
    var a = this.form.elements.a.value, b = this.form.elements.b.value, self = this;
    C.writeParams({a: a, b: b});
    this.view.setAttribute("aria-busy", "true");
    Promise.all([this.load(a), this.load(b), this.settings()]).then(function (got) {
      self.view.textContent = "";
      view(got[0], got[1], {s: got[2], labels: self.labels, sources: self.sources}).forEach(function (n) { if (n) self.view.appendChild(n); });
      self.view.removeAttribute("aria-busy");
      if (announce) C.say(self.status, "Showing " + got[0].name + " and " + got[1].name + ".");
    }).catch(function (error) {
      self.view.removeAttribute("aria-busy");
      self.view.textContent = "";
      self.view.appendChild(el("p", {class: "cr-compare__error", text: "The role data could not be loaded. " +
        (error.stale ? error.message : "Try again, or use the table of all roles.")}));
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
    api(new URL("roles.json", this.api).href).then(function (roles) {
      self.byId = {};
      roles.forEach(function (r) { self.byId[r.id] = r; });
      self.form.hidden = false;
      self.form.addEventListener("change", function (e) {
        if (e.target === sort) self.sort(); else self.apply(true);
      });
      self.form.addEventListener("submit", function (e) { e.preventDefault(); });
      self.apply(false);
    }).catch(function () { /* the table stays whole and sortable */ });
  };

  function start() {
    C.mount("form[data-cr-compare]", function (form) { new Compare(form).start(); });
    C.mount("form[data-cr-filter]", function (form) {
      if (form.parentNode.querySelector(".cr-sortable table")) new Filter(form).start();
    });
  }

  window.CrossroadsRoles = {annual: annual};
  C.onPage(start);
})();
