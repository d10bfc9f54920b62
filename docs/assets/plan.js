/* Crossroads: a role's first-month plan (plans/<role-id>/).
 * (1) Paces the weeks to the reader's hours a week (?hours=), with the rule of model/plans.pace:
 *     core steps always; then extra, then stretch steps, in order, each one that still fits.
 * (2) Shows the monthly goal (?goal=) carried over from the quiz, and passes both on to the calculator on Pricing.
 * (3) Keeps the reader's ticks in this browser only: localStorage["crossroads:plan:<role-id>"] =
 *     {"v": 1, "done": ["week-1/start-1", …]}, restored on every page view (Material's document$),
 *     cleared by the reset button. Nothing is sent anywhere.
 * Text only ever goes in through textContent. */
(function () {
  "use strict";
  var C = window.Crossroads;
  if (!C || window.CrossroadsPlan) return;
  window.CrossroadsPlan = true;
  var KEY = "crossroads:plan:";
  var EPSILON = 1e-9;

  // Ticks, kept in this browser only

  /** The ticked step keys of a role's plan; null when the browser refuses storage. */
  function load(role) {
    try {
      var saved = JSON.parse(window.localStorage.getItem(KEY + role) || "null");
      return saved && Array.isArray(saved.done) ? saved.done.filter(function (k) { return typeof k === "string"; }) : [];
    } catch { return null; }
  }

  /** Save the ticks (none: the key is removed); false when the browser refuses. */
  function save(role, done) {
    try {
      if (done.length) window.localStorage.setItem(KEY + role, JSON.stringify({v: 1, done: done}));
      else window.localStorage.removeItem(KEY + role);
      return true;
    } catch { return false; }
  }

  // Pacing: the same steps in the same order as model/plans.pace

  /** Hours as the page writes them (pages/plans.hours_text): 8.5, 10, 0.25. */
  function hoursText(h) { return String(Math.round(h * 100) / 100); }

  function pace(list, hours) {
    var steps = Array.prototype.slice.call(list.querySelectorAll("[data-cr-step]"));
    var h = steps.map(function (s) { return Number(s.getAttribute("data-cr-hours")); });
    var tier = steps.map(function (s) { return s.getAttribute("data-cr-tier"); });
    var shown = tier.map(function (t) { return t === "core"; });
    var core = 0;
    shown.forEach(function (on, i) { if (on) core += h[i]; });
    var used = core;
    ["extra", "stretch"].forEach(function (t) {
      steps.forEach(function (s, i) {
        if (tier[i] === t && used + h[i] <= hours + EPSILON) { shown[i] = true; used += h[i]; }
      });
    });
    steps.forEach(function (s, i) { s.hidden = !shown[i]; });
    var over = core > hours + EPSILON;
    return {used: used, core: core, over: over, spare: over ? 0 : Math.max(hours - used, 0)};
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m; });
  }

  // The plan

  function mount(box) {
    if (box.getAttribute("data-cr-mounted")) return;
    box.setAttribute("data-cr-mounted", "1");
    var cfg = JSON.parse(box.getAttribute("data-cr-plan"));
    var page = box.closest("article") || document;
    function one(sel) { return page.querySelector(sel); }
    function all(sel) { return Array.prototype.slice.call(page.querySelectorAll(sel)); }
    var input = box.querySelector("input[name=hours]");
    var error = box.querySelector("[data-cr-plan-error]");
    var progress = box.querySelector("[data-cr-plan-progress]");
    var live = box.querySelector("[data-cr-plan-live]");
    var storageOff = box.querySelector("[data-cr-plan-storage-off]");
    var done = load(cfg.role);
    if (done === null) { done = []; storageOff.hidden = false; }
    var hours = cfg.default_hours;

    function boxes() { return all("[data-cr-step] input[type=checkbox]"); }

    function count() {
      var shown = boxes().filter(function (b) { return !b.closest("[data-cr-step]").hidden; });
      return fill(cfg.progress, {done: shown.filter(function (b) { return b.checked; }).length, total: shown.length});
    }

    function setHours(h) {
      hours = h;
      all("[data-cr-week]").forEach(function (list) {
        var week = list.getAttribute("data-cr-week");
        var r = pace(list, h);
        var note = one("[data-cr-week-note=\"" + week + "\"]");
        if (r.over) note.textContent = fill(cfg.over_budget, {need: hoursText(r.core), hours: hoursText(h)});
        else if (r.spare >= 1) note.textContent = fill(cfg.spare, {spare: hoursText(r.spare), use: note.getAttribute("data-cr-use")});
        else note.textContent = "";
        note.hidden = !note.textContent;
        one("[data-cr-week-hours=\"" + week + "\"]").textContent = fill(cfg.week_hours, {used: hoursText(r.used), hours: hoursText(h)});
      });
      all("[data-cr-plan-paced]").forEach(function (s) { s.textContent = hoursText(h); });
      progress.textContent = count();
      goalLink();
    }

    /** A number of hours the plan accepts, or null. */
    function readHours(raw) {
      var n = Number(String(raw).trim());
      if (String(raw).trim() === "" || !isFinite(n) || n < cfg.min_hours || n > cfg.max_hours) return null;
      return Math.round(n * 100) / 100;
    }

    function apply(raw, announce) {
      var h = readHours(raw);
      input.setAttribute("aria-invalid", h === null ? "true" : "false");
      error.hidden = h !== null;
      if (h === null) { if (announce) C.say(live, error.textContent); return; }
      setHours(h);
      C.writeParams({hours: h === cfg.default_hours ? null : hoursText(h)});
      if (announce) C.say(live, fill(cfg.paced, {hours: hoursText(h)}) + " " + count());
    }

    // The goal carried over from the quiz (?goal=, a monthly amount), passed on to the calculator.
    var goal = null;
    function goalLink() {
      var link = one("[data-cr-plan-goal] a");
      if (!link || goal === null) return;
      var url = new URL(link.getAttribute("href"), location.href);
      url.searchParams.set("goal", String(goal));
      url.searchParams.set("hours", hoursText(hours));
      link.setAttribute("href", url.pathname + url.search + url.hash);
    }

    boxes().forEach(function (b) {
      var key = b.closest("[data-cr-step]").getAttribute("data-cr-step");
      b.checked = done.indexOf(key) >= 0;
      b.addEventListener("change", function () {
        done = done.filter(function (k) { return k !== key; });
        if (b.checked) done.push(key);
        if (!save(cfg.role, done)) storageOff.hidden = false;
        progress.textContent = count();
        C.say(live, count());
      });
    });

    box.querySelector("[data-cr-plan-reset]").addEventListener("click", function () {
      if (!window.confirm(cfg.confirm_reset)) return;
      done = [];
      save(cfg.role, done);
      boxes().forEach(function (b) { b.checked = false; });
      progress.textContent = count();
      C.say(live, cfg.reset_done + " " + count());
    });
    box.addEventListener("submit", function (e) { e.preventDefault(); apply(input.value, true); });
    input.addEventListener("change", function () { apply(input.value, true); });

    var params = C.readParams(["hours", "goal"]);
    var g = params.goal === undefined ? NaN : Number(params.goal);
    if (isFinite(g) && g > 0 && g < 1e7) {
      goal = Math.round(g);
      one("[data-cr-plan-goal-value]").textContent = fill(cfg.goal, {goal: goal.toLocaleString("en-US")});
      one("[data-cr-plan-goal]").hidden = false;
    }
    if (params.hours !== undefined) { input.value = params.hours; apply(params.hours, false); }
    else setHours(cfg.default_hours);

    printDate();
  }

  /** The printed plan's date: today's, set on every view and again just before printing. */
  function printDate() {
    document.querySelectorAll("[data-cr-print-date]").forEach(function (s) {
      s.textContent = " on " + new Date().toISOString().slice(0, 10);
    });
  }

  window.addEventListener("beforeprint", printDate);
  C.onPage(function () {
    document.querySelectorAll("form[data-cr-plan]").forEach(mount);
  });
})();
