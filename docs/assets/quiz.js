/* Crossroads career-fit quiz. Plain JavaScript, no framework, no storage, no request but the quiz data.
 * Scoring and wording: the same steps, in the same order, as hooks/crossroads/model/quiz.py (its docstring
 * states them; tests/test_quiz_browser.py checks both give the same scores, reasons and sentences).
 * Every text from the data is set with textContent. */
(function () {
  "use strict";
  if (window.CrossroadsQuiz) return; // loaded twice: bind once

  var C = window.Crossroads;
  var SCHEMA_VERSION = 2;             // the quiz data's schema_version this script reads (quiz_data.SCHEMA_VERSION)
  var PREFIX = "answers=";
  var DIGITS = "123456789abcdefghijklmnopqrstuvwxyz"; // option numbers in a result link (quiz_data.DIGITS)
  var KINDS = ["paths", "roles"];
  var ROOT = C.siteRoot(); // resolved once, against the page the script was loaded with
  var current = null;

  // Matches and scores (model/quiz.py, steps 1–3)

  function counts(q, a) {
    if (a == null || q.kind === "amount") return false;
    if (q.kind === "several") return a.length > 0;
    return q.options[a].contributes.length > 0;
  }

  function near(data, option, roleId) {
    var scale = data.scoring.background_match, place = option.roles.indexOf(roleId);
    return place < 0 ? 0 : scale[Math.min(place, scale.length - 1)];
  }

  function nearItem(data, option, kind, item) {
    if (kind === "roles") return near(data, option, item.id);
    var best = 0;
    data.roles.forEach(function (role) {
      if (role.paths.indexOf(item.id) >= 0) best = Math.max(best, near(data, option, role.id));
    });
    return best;
  }

  function traitMatch(data, ti, value, profile) {
    return 1 - Math.pow(Math.abs(value - profile[ti]), data.scoring.distance_power);
  }

  function match(data, qi, answer, kind, item) {
    var q = data.questions[qi];
    if (q.kind === "several") {
      var best = 0;
      answer.forEach(function (oi) { best = Math.max(best, nearItem(data, q.options[oi], kind, item)); });
      return best;
    }
    var num = 0, den = 0;
    q.options[answer].contributes.forEach(function (c) {
      var weight = data.traits[c[0]].weight;
      num += weight * traitMatch(data, c[0], c[1], item.profile);
      den += weight;
    });
    return num / den;
  }

  /** [question index, every item's match, their mean] for each answer that counts. */
  function table(data, answers, kind) {
    var out = [];
    data.questions.forEach(function (q, qi) {
      if (!counts(q, answers[qi])) return;
      var ms = data[kind].map(function (item) { return match(data, qi, answers[qi], kind, item); });
      var total = 0;
      ms.forEach(function (m) { total += m; });
      out.push([qi, ms, total / ms.length]);
    });
    return out;
  }

  function scoresOf(data, answers, kind, rows) {
    rows = rows || table(data, answers, kind);
    var n = data[kind].length, num = [], den = 0, i;
    for (i = 0; i < n; i++) num.push(0);
    rows.forEach(function (row) {
      var w = data.questions[row[0]].weight;
      for (var j = 0; j < n; j++) num[j] += w * (row[1][j] - row[2]);
      den += w;
    });
    var spread = data.scoring[kind === "roles" ? "spread" : "path_spread"];
    return num.map(function (x) { return 1 / (1 + Math.exp(-4 * spread * (den > 0 ? x / den : 0))); });
  }

  function scores(data, answers) {
    var out = {};
    KINDS.forEach(function (kind) {
      var s = scoresOf(data, answers, kind);
      out[kind] = {};
      data[kind].forEach(function (item, i) { out[kind][item.id] = s[i]; });
    });
    return out;
  }

  function percent(score) { return Math.floor(score * 100 + 0.5); }

  function level(data, score) {
    var levels = data.scoring.fit_levels;
    for (var i = 0; i < levels.length; i++) if (score >= levels[i].min) return levels[i].id;
    return levels[levels.length - 1].id;
  }

  // Hard limits (step 4)

  function limits(data, answers) {
    var out = {};
    data.questions.forEach(function (q, qi) {
      if ((q.kind === "choice" || q.kind === "scale") && answers[qi] != null) {
        var lim = q.options[answers[qi]].limit || {};
        Object.keys(lim).forEach(function (name) { out[name] = [qi, lim[name]]; });
      }
    });
    return out;
  }

  function blocked(data, found, role) {
    var rules = data.scoring.limits, out = [];
    if (found.hours && role.mode === "full_time" && found.hours[1] < rules.full_time_min_hours)
      out.push({limit: "hours", question: data.questions[found.hours[0]].id});
    if (found.months && role.months[0] > rules.months_factor * found.months[1])
      out.push({limit: "months", question: data.questions[found.months[0]].id});
    if (found.usd && role.cost[0] > rules.cost_factor * found.usd[1])
      out.push({limit: "cost", question: data.questions[found.usd[0]].id});
    return out;
  }

  /** [item index, score, limits it cannot fit], best first; roles that fit the limits first; ties keep data order. */
  function ranked(data, answers, kind, rows) {
    var found = kind === "roles" ? limits(data, answers) : {};
    return scoresOf(data, answers, kind, rows).map(function (s, i) {
      return [i, s, kind === "roles" ? blocked(data, found, data[kind][i]) : []];
    }).sort(function (a, b) {
      return ((a[2].length > 0) - (b[2].length > 0)) || (b[1] - a[1]); // Array.sort is stable
    });
  }

  // Reasons (step 5)

  function isMiddle(data, option) {
    var b = data.scoring.middle_band;
    return option.contributes.every(function (c) { return Math.abs(c[1] - 0.5) <= b + 1e-9; });
  }

  function band(data, value) {
    var b = data.scoring.word_bands;
    return value <= b.low ? "low" : value >= b.high ? "high" : "middle";
  }

  function mainTrait(option) {
    var best = -1, bestTi = null;
    option.contributes.forEach(function (c) {
      if (Math.abs(c[1] - 0.5) > best) { best = Math.abs(c[1] - 0.5); bestTi = c[0]; }
    });
    return bestTi;
  }

  function agrees(data, option, ti, item, forIt) {
    var value = option.contributes.filter(function (c) { return c[0] === ti; })[0][1];
    var side = (value > 0.5) - (value < 0.5), words = band(data, item.profile[ti]);
    var same = (side > 0 && words === "high") || (side < 0 && words === "low");
    return forIt ? same : !same;
  }

  function reasons(data, answers, kind, index, rows) {
    rows = rows || table(data, answers, kind);
    var s = data.scoring, item = data[kind][index], found = [];
    rows.forEach(function (row) {
      var qi = row[0], q = data.questions[qi], lead = row[1][index] - row[2];
      if (Math.abs(lead) < s.reason_min_lead) return;
      if (q.kind === "several") {
        if (lead < 0 && row[1][index] > 0) return;
        var best = answers[qi].filter(function (oi) { return nearItem(data, q.options[oi], kind, item) === row[1][index]; });
        found.push([q.weight * Math.abs(lead), {question: q.id, trait: null, option: lead > 0 ? q.options[best[0]].id : null,
          "for": lead > 0}]);
        return;
      }
      var option = q.options[answers[qi]], trait = mainTrait(option);
      if (isMiddle(data, option) || !agrees(data, option, trait, item, lead > 0)) return;
      found.push([q.weight * Math.abs(lead), {question: q.id, trait: data.traits[trait].id, option: option.id, "for": lead > 0}]);
    });
    found.sort(function (a, b) { return b[0] - a[0]; });
    var against = found.filter(function (f) { return !f[1]["for"]; }).slice(0, s.reasons_against).map(function (f) { return f[1]; });
    var traits = {}, out = [];
    against.forEach(function (r) { if (r.trait !== null) traits[r.trait] = true; });
    for (var i = 0; i < found.length; i++) {
      var r = found[i][1];
      if (out.length + against.length === s.reasons) break;
      if (r["for"] && (r.trait === null || !traits[r.trait])) {
        traits[r.trait] = true;
        out.push(r);
      }
    }
    return out.concat(against);
  }

  // What would change the result (step 6)

  function trials(data, answers) {
    var out = [];
    data.questions.forEach(function (q, qi) {
      var a = answers[qi];
      if (a == null || q.kind === "amount") return;
      q.options.forEach(function (o, oi) {
        var value;
        if (q.kind === "several") {
          value = a.indexOf(oi) >= 0 ? a.filter(function (x) { return x !== oi; }) : a.concat([oi]).sort(function (x, y) { return x - y; });
        } else if (oi === a) return;
        else value = oi;
        var trial = answers.slice();
        trial[qi] = value;
        out.push([qi, oi, trial]);
      });
    });
    return out;
  }

  function whatIf(data, answers, kind) {
    var order = ranked(data, answers, kind);
    if (order.length < 2 || order[0][2].length) return null;
    var top = order[0][0], best = null;
    trials(data, answers).forEach(function (t) {
      var now = ranked(data, t[2], kind);
      var mine = now.filter(function (x) { return x[0] === top; })[0];
      var rival = now.filter(function (x) { return x[0] !== top && !x[2].length; })[0];
      if (mine[2].length || !rival) return;
      if (best === null || mine[1] - rival[1] < best.margin) best = {question: t[0], option: t[1], rival: rival[0], margin: mine[1] - rival[1]};
    });
    return best;
  }

  /** Everything the result screen shows, as ids and numbers (model/quiz.py's result). */
  function result(data, answers) {
    var out = {change: {}};
    KINDS.forEach(function (kind) {
      var rows = table(data, answers, kind), order = ranked(data, answers, kind, rows);
      var shown = order.filter(function (x) { return !x[2].length; });
      if (kind === "roles") shown = shown.slice(0, data.scoring.top_roles);
      out[kind] = shown.map(function (x) {
        return {id: data[kind][x[0]].id, score: x[1], percent: percent(x[1]), level: level(data, x[1]),
          reasons: reasons(data, answers, kind, x[0], rows)};
      });
      var w = whatIf(data, answers, kind), q = w ? data.questions[w.question] : null;
      out.change[kind] = w && {question: q.id, option: q.options[w.option].id, rival: data[kind][w.rival].id, margin: w.margin};
    });
    out.not_now = ranked(data, answers, "roles").slice().sort(function (a, b) { return b[1] - a[1]; })
      .slice(0, data.scoring.top_roles).filter(function (x) { return x[2].length; })
      .map(function (x) { return {id: data.roles[x[0]].id, score: x[1], percent: percent(x[1]), limits: x[2]}; });
    return out;
  }

  // Words (model/quiz.py's reason_text and limit_text)

  function names(items) {
    return items.length === 1 ? items[0] : items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
  }

  function questionIndex(data, id) {
    for (var i = 0; i < data.questions.length; i++) if (data.questions[i].id === id) return i;
    return -1;
  }

  function reasonText(data, answers, kind, index, reason) {
    var it = kind === "roles" ? "this role" : "this path", qi = questionIndex(data, reason.question), q = data.questions[qi];
    var said, about;
    if (q.kind === "several") {
      said = q.says.replace("{names}", names(answers[qi].map(function (oi) { return q.options[oi].label; })));
      about = (reason["for"] ? q.near : q.far).replace("{it}", it);
    } else {
      said = q.options.filter(function (o) { return o.id === reason.option; })[0].says;
      var ti = 0;
      while (data.traits[ti].id !== reason.trait) ti++;
      about = data.traits[ti].words[band(data, data[kind][index].profile[ti])].replace("{it}", it);
    }
    return (reason["for"] ? "For: " : "Against: ") + said + "; " + about + ".";
  }

  function amount(usd) { return "$" + C.grouped(C.fixed(usd, 0)); }

  function limitText(data, answers, role, lim) {
    var qi = questionIndex(data, lim.question), said = data.questions[qi].options[answers[qi]].says;
    var span = lim.limit === "cost" ? [amount(role.cost[0]), amount(role.cost[1])] : [String(role.months[0]), String(role.months[1])];
    return said + "; " + data.scoring.limits.words[lim.limit].replace("{it}", "this role").replace("{low}", span[0]).replace("{high}", span[1]);
  }

  // The URL fragment: answers=KEY-T.T.T… (quiz_data.encode / decode)

  function encode(data, answers) {
    return PREFIX + data.key + "-" + data.questions.map(function (q, qi) {
      var a = answers[qi];
      if (q.kind === "amount") return a == null ? "" : String(a);
      if (q.kind === "several") return a.map(function (o) { return DIGITS[o]; }).join("");
      return DIGITS[a];
    }).join(".");
  }

  /** null: no answers in the fragment; {answers: [...]}; or {error: "outdated" | "damaged"}. */
  function decode(data, fragment) {
    var text = (fragment || "").replace(/^#/, "");
    if (!text) return null;
    var m = /^answers=([0-9a-f]{8})-([0-9a-z.]*)$/.exec(text);
    if (!m) return {error: "damaged"};
    var tokens = m[2].split(".");
    if (m[1] !== data.key || tokens.length !== data.questions.length) return {error: "outdated"};
    var answers = [];
    for (var i = 0; i < tokens.length; i++) {
      var q = data.questions[i], t = tokens[i], n = (q.options || []).length;
      if (q.kind === "amount") {
        if (!/^([1-9][0-9]{0,8})?$/.test(t) || (t && Number(t) > q.max)) return {error: "damaged"};
        answers.push(t ? Number(t) : null);
      } else if (q.kind === "several") {
        var picked = t.split("").map(function (c) { return DIGITS.indexOf(c); });
        for (var j = 0; j < picked.length; j++) {
          if (picked[j] < 0 || picked[j] >= n || (j > 0 && picked[j] <= picked[j - 1])) return {error: "damaged"};
        }
        answers.push(picked);
      } else {
        if (t.length !== 1 || DIGITS.indexOf(t) < 0 || DIGITS.indexOf(t) >= n) return {error: "damaged"};
        answers.push(DIGITS.indexOf(t));
      }
    }
    return {answers: answers};
  }

  // DOM helpers (crossroads-core.js: text only through textContent)

  var el = C.el, button = C.button;

  function link(text, url) { return el("a", {href: new URL(url, ROOT).href, text: text}); }

  function fragmentIsAnchor(hash) {
    try { return !!document.getElementById(decodeURIComponent(hash.slice(1))); } catch { return false; }
  }

  // The quiz in one container

  function mount(container) {
    var live = el("p", {class: "cq-sr", "aria-live": "polite"});
    var screen = el("div", {class: "cq-screen"}, [el("p", {text: "Loading the quiz…"})]);
    container.textContent = "";
    container.appendChild(screen);
    container.appendChild(live);
    C.getJSON(new URL(container.getAttribute("data-src") || "assets/quiz.json", ROOT).href, SCHEMA_VERSION).then(function (data) {
      var quiz = new Quiz(container, screen, live, data);
      current = quiz;
      quiz.fromFragment();
    }, function (error) {
      show(screen, [el("p", {class: "cq-notice", text: "The quiz could not be loaded. " + error.message})]);
    });
  }

  /** Replace the screen; focus its heading or question and scroll it into view below the sticky header. */
  function show(screen, nodes, focus) {
    screen.textContent = "";
    nodes.forEach(function (n) { if (n) screen.appendChild(n); });
    if (!focus) return;
    focus.focus({preventScroll: true});
    C.scrollBelowHeader(screen);
  }

  function Quiz(container, screen, live, data) {
    this.container = container;
    this.screen = screen;
    this.live = live;
    this.data = data;
    this.answers = this.blank();
    this.index = 0;
  }

  Quiz.prototype.blank = function () {
    return this.data.questions.map(function (q) { return q.kind === "several" ? [] : null; });
  };

  Quiz.prototype.say = function (text) { C.say(this.live, text); };

  Quiz.prototype.fromFragment = function () {
    var hash = location.hash;
    var parsed = fragmentIsAnchor(hash) ? null : decode(this.data, hash);
    if (parsed && parsed.answers) {
      this.answers = parsed.answers;
      this.showResult(false);
    } else {
      this.showStart(parsed && (parsed.error === "outdated" ?
        "The link you opened was made for an older version of the quiz, so its answers were ignored." :
        "The link you opened could not be read (it may have been cut short), so it was ignored.") +
        " Take the quiz to see your result.");
    }
  };

  Quiz.prototype.showStart = function (notice, focus) {
    var self = this, n = this.data.questions.length;
    var heading = el("h2", {tabindex: "-1", text: "Find your path in " + n + " questions"});
    show(this.screen, [
      heading,
      notice ? el("p", {class: "cq-notice", role: "status", text: notice}) : null,
      el("p", {text: "About what you enjoy, the hours and money you can put in, and how soon you need an income. " +
        "Your answers stay in this page."}),
      el("p", {class: "cq-start"}, [button("Start the quiz", "md-button--primary", function () { self.answers = self.blank(); self.ask(0); })])
    ], notice || focus ? heading : null);
  };

  /** The inputs of one question: radios (choice, scale), checkboxes (several) or a number (amount). */
  Quiz.prototype.inputs = function (q, index, error) {
    var self = this;
    if (q.kind === "amount") {
      var input = el("input", {type: "text", inputmode: "numeric", id: "cq-amount", autocomplete: "off",
        "aria-describedby": "cq-amount-hint cq-error", class: "cq-amount"});
      input.value = this.answers[index] == null ? "" : String(this.answers[index]);
      input.addEventListener("input", function () { error.hidden = true; input.removeAttribute("aria-invalid"); });
      return el("div", {class: "cq-options"}, [
        el("label", {for: "cq-amount", class: "cq-amount-label"}, [q.unit + " (optional)"]),
        el("p", {class: "cq-hint", id: "cq-amount-hint", text: q.hint}),
        el("p", {class: "cq-amount-row"}, [el("span", {"aria-hidden": "true", text: "$"}), input])]);
    }
    var several = q.kind === "several";
    return el("div", {class: "cq-options" + (q.kind === "scale" ? " cq-options--scale" : "")}, q.options.map(function (o, oi) {
      var box = el("input", {type: several ? "checkbox" : "radio", name: "cq-answer", value: String(oi)});
      box.checked = several ? self.answers[index].indexOf(oi) >= 0 : self.answers[index] === oi;
      box.addEventListener("change", function () {
        if (!several) self.answers[index] = oi;
        else {
          var now = self.answers[index].filter(function (x) { return x !== oi; });
          if (box.checked) now.push(oi);
          self.answers[index] = now.sort(function (x, y) { return x - y; });
        }
        error.hidden = true;
      });
      return el("label", {class: "cq-option"}, [box, el("span", {text: o.label})]);
    }));
  };

  /** The answer to the amount question read from its field: a whole number, null for empty, or undefined when invalid. */
  function readAmount(q, text) {
    var t = text.replace(/[\s,$]/g, "");
    if (t === "") return null;
    if (!/^[0-9]+$/.test(t) || Number(t) < 1 || Number(t) > q.max) return undefined;
    return Number(t);
  }

  Quiz.prototype.ask = function (index) {
    var self = this, data = this.data, q = data.questions[index], n = data.questions.length;
    this.index = index;
    var legend = el("legend", {class: "cq-legend", tabindex: "-1", text: q.text});
    var error = el("p", {class: "cq-error", id: "cq-error", text: q.kind === "amount" ?
      "Write a whole number of dollars, such as 1000, or leave the field empty." : "Choose an answer to go on."});
    error.hidden = true;
    var bar = el("span");
    bar.style.width = (100 * index / n) + "%";
    var form = el("form", {class: "cq-question", novalidate: ""}, [
      el("p", {class: "cq-progress", id: "cq-progress", text: "Question " + (index + 1) + " of " + n}),
      el("div", {class: "cq-bar", "aria-hidden": "true"}, [bar]),
      el("fieldset", {"aria-describedby": "cq-progress"}, [legend,
        q.kind === "several" ? el("p", {class: "cq-hint", text: "Tick as many as you like, or none."}) : null,
        this.inputs(q, index, error)]),
      error,
      el("p", {class: "cq-nav"}, [
        button("Back", "", function () { if (index > 0) self.ask(index - 1); else self.showStart(null, true); }),
        button(index + 1 < n ? "Next" : "See my result", "md-button--primary", null, "submit")])
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (q.kind === "amount") {
        var field = form.querySelector("input"), value = readAmount(q, field.value);
        if (value === undefined) {
          error.hidden = false;
          field.setAttribute("aria-invalid", "true");
          field.focus();
          self.say(error.textContent);
          return;
        }
        self.answers[index] = value;
      } else if (q.kind !== "several" && self.answers[index] == null) {
        error.hidden = false;
        form.querySelector("input").focus();
        self.say(error.textContent);
        return;
      }
      if (index + 1 < n) self.ask(index + 1);
      else self.showResult(true);
    });
    show(this.screen, [form], legend);
  };

  /** The reader's hours a week and income goal, from the answers that set them (for the plan link and pay). */
  Quiz.prototype.hours = function () {
    var found = limits(this.data, this.answers);
    return found.hours ? found.hours[1] : null;
  };

  Quiz.prototype.goal = function () {
    var data = this.data;
    for (var i = 0; i < data.questions.length; i++) if (data.questions[i].kind === "amount") return this.answers[i];
    return null;
  };

  Quiz.prototype.showResult = function (announce) {
    var self = this, data = this.data, res = result(data, this.answers);
    var url = new URL(location.href);
    url.hash = encode(data, this.answers);
    history.replaceState(history.state, "", url.href);
    var heading = el("h2", {tabindex: "-1", id: "cq-result", text: "Your result"});
    var input = el("input", {id: "cq-link", type: "text", readonly: "", value: url.href});
    var top = res.roles.slice(0, 2);
    show(this.screen, [
      heading,
      el("p", {}, ["A score says how much better your answers fit a path or role than they fit the average one: 50% " +
        "means nothing in your answers sets it apart. It is a prompt to read and test, not a verdict. ",
        link("How the quiz works", data.links.method), "."]),
      el("h3", {text: "The roles that fit you best"}), this.roles(res.roles),
      top.length === 2 ? el("p", {class: "cq-compare"}, [link("Compare your top two roles side by side: " +
        this.find("roles", top[0].id).name + " and " + this.find("roles", top[1].id).name,
        data.links.compare_roles.replace("{a}", encodeURIComponent(top[0].id)).replace("{b}", encodeURIComponent(top[1].id)))]) : null,
      res.not_now.length ? el("h3", {text: "Not now"}) : null,
      res.not_now.length ? el("p", {text: "These would score among your best, but one of your limits rules them out for now:"}) : null,
      res.not_now.length ? this.notNow(res.not_now) : null,
      el("h3", {text: "Every path"}), this.paths(res.paths),
      el("h3", {text: "What would change your result"}),
      el("p", {text: this.change("paths", res.paths[0], res.change.paths, "path")}),
      el("p", {text: this.change("roles", res.roles[0], res.change.roles, "role")}),
      el("h3", {text: "More to read"}),
      el("ul", {}, [el("li", {}, [link("Compare the paths side by side", data.links.compare)]),
        el("li", {}, [link("See every role", data.links.roles)]),
        el("li", {}, [link("How the quiz works and every weight it uses", data.links.method)])]),
      el("div", {class: "cq-share"}, [el("label", {for: "cq-link", text: "Link to this result"}), input,
        el("p", {class: "cq-nav"}, [button("Copy link", "", function () { self.copy(input); }),
          button("Retake the quiz", "md-button--primary", function () { self.retake(); })])])
    ], heading);
    var best = res.roles[0];
    if (announce && best) this.say("Your result is ready. Top role: " + this.find("roles", best.id).name + ", " +
      this.levelLabel(best.level).toLowerCase() + ", " + best.percent + "%.");
  };

  Quiz.prototype.find = function (kind, id) {
    return this.data[kind].filter(function (item) { return item.id === id; })[0];
  };

  Quiz.prototype.levelLabel = function (id) {
    return this.data.scoring.fit_levels.filter(function (lv) { return lv.id === id; })[0].label;
  };

  Quiz.prototype.head = function (kind, e) {
    var item = this.find(kind, e.id), bar = el("span");
    bar.style.width = e.percent + "%";
    return [el("p", {class: "cq-item__head"}, [link(item.name, item.url), " ",
      el("span", {class: "cq-fit cq-fit--" + e.level, text: this.levelLabel(e.level) + " · " + e.percent + "%"})]),
      el("div", {class: "cq-bar", "aria-hidden": "true"}, [bar])];
  };

  Quiz.prototype.why = function (kind, e) {
    var self = this, index = this.data[kind].indexOf(this.find(kind, e.id));
    if (!e.reasons.length) return el("p", {class: "cq-why-none", text: "None of your answers sets it clearly apart."});
    return el("ul", {class: "cq-why", "aria-label": "Reasons for and against"}, e.reasons.map(function (r) {
      var text = reasonText(self.data, self.answers, kind, index, r), cut = text.indexOf(": ") + 1;
      return el("li", {class: r["for"] ? "cq-for" : "cq-against"}, [el("strong", {text: text.slice(0, cut)}), text.slice(cut)]);
    }));
  };

  Quiz.prototype.paths = function (entries) {
    var self = this;
    return el("ol", {class: "cq-list"}, entries.map(function (e) {
      return el("li", {class: "cq-item"}, self.head("paths", e).concat([self.why("paths", e)]));
    }));
  };

  Quiz.prototype.roles = function (entries) {
    var self = this, data = this.data, hours = this.hours(), goal = this.goal();
    return el("ol", {class: "cq-list"}, entries.map(function (e) {
      var role = self.find("roles", e.id), query = [];
      if (hours != null) query.push(data.links.plan_query[0] + "=" + hours);
      if (goal != null) query.push(data.links.plan_query[1] + "=" + goal);
      return el("li", {class: "cq-item"}, self.head("roles", e).concat([
        el("dl", {class: "cq-facts"}, [
          el("div", {class: "cq-facts__pay"}, [el("dt", {text: "Pay"}), el("dd", {}, payText(role.pay[0], hours).map(function (line, i) {
            return el("span", {class: i ? "cq-detail" : "", text: line});
          }))]),
          el("div", {}, [el("dt", {text: "Start-up cost"}), el("dd", {text: amount(role.cost[0]) + " to " + amount(role.cost[1])})]),
          el("div", {}, [el("dt", {text: "First income"}), el("dd", {text: "usually " + role.months[0] + " to " + role.months[1] + " months"})]),
          el("div", {}, [el("dt", {text: "Work"}), el("dd", {text: data.labels.mode[role.mode]})])]),
        self.why("roles", e),
        el("p", {class: "cq-next"}, [link("Its first experiment", role.experiment), " · ",
          link("A plan for your first month", role.plan + (query.length ? "?" + query.join("&") : ""))])]));
    }));
  };

  Quiz.prototype.notNow = function (entries) {
    var self = this;
    return el("ul", {class: "cq-notnow"}, entries.map(function (e) {
      var role = self.find("roles", e.id);
      return el("li", {}, [link(role.name, role.url), ": " + e.limits.map(function (lim) {
        return limitText(self.data, self.answers, role, lim);
      }).join("; and ") + "."]);
    }));
  };

  Quiz.prototype.change = function (kind, top, change, noun) {
    if (!change || !top) return "";
    var q = this.data.questions.filter(function (x) { return x.id === change.question; })[0];
    var option = q.options.filter(function (o) { return o.id === change.option; })[0];
    var rival = this.find(kind, change.rival).name, first = this.find(kind, top.id).name;
    var answer = q.kind === "several" ? (this.answers[questionIndex(this.data, q.id)].indexOf(q.options.indexOf(option)) >= 0 ?
      "unticking “" : "ticking “") + option.label + "” under “" + q.text + "”" :
      "answering “" + option.label + "” to “" + q.text + "”";
    if (change.margin < 0) return "Your top " + noun + " changes with one answer: " + answer + " would put " + rival +
      " ahead of " + first + ".";
    var points = percent(change.margin);
    return "No single answer changes your top " + noun + " (" + first + "). The one that would move it most is " + answer +
      ", which would bring " + rival + (points > 0 ? " to within " + points + " points of it." : " level with it.");
  };

  /** A headline pay figure in words, as lines: what it measures and the published number per hour, day or year;
   *  where, when and how well it matches the role; for an hourly rate, what the reader's hours would bring. */
  function payText(pay, hours) {
    if (!pay) return ["No reliable figure yet: the role page says what is known."];
    var p = pay.published, cur = pay.published_currency;
    var number = p[1] != null ? (pay.median ? "median " : "") + C.money(p[1], cur) :
      C.money(p[0], cur) + " to " + C.money(p[2], cur);
    var per = pay.unit === "hour" ? " an hour" : " a " + pay.unit;
    var where = [pay.occupation, pay.region, pay.year].filter(function (x) { return x != null && x !== ""; });
    var out = [pay.measure.charAt(0).toUpperCase() + pay.measure.slice(1) + ": " + number + per + ".",
      (where.length ? where.join(", ") + "; " : "") + pay.match + "."];
    var b = pay.basis;
    if (b && b.kind === "hourly") {
      var h = hours != null ? hours : b.per_week;
      out.push("At " + h + " hours a week, " + b.weeks + " weeks a year, after a " + b.fee + "% fee allowance: about " +
        C.money(C.roundEven(pay.value * h / b.per_week / 12), pay.currency) + " a month before tax.");
    }
    return out;
  }

  Quiz.prototype.copy = function (input) {
    var self = this;
    function manual() {
      input.focus();
      input.select();
      self.say("The link is selected: press Control+C (or Command+C) to copy it.");
    }
    if (!navigator.clipboard) return manual();
    navigator.clipboard.writeText(input.value).then(function () { self.say("Link copied."); }, manual);
  };

  Quiz.prototype.retake = function () {
    var url = new URL(location.href);
    url.hash = "";
    history.replaceState(history.state, "", url.href.replace(/#$/, ""));
    this.answers = this.blank();
    this.ask(0);
  };

  // Start: on every page Material shows (crossroads-core.js onPage), once per container

  function start() { C.mount("#crossroads-quiz", mount); }

  window.addEventListener("hashchange", function () {
    if (current && document.body.contains(current.container) && location.hash.indexOf("#" + PREFIX) === 0) current.fromFragment();
  });

  window.CrossroadsQuiz = {score: scores, result: result, encode: encode, decode: decode,
    reasonText: reasonText, limitText: limitText, payText: payText,
    mount: function (container) { C.mount(container, mount); }};

  C.onPage(start);
})();
