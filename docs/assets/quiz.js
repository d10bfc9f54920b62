/* Crossroads career-fit quiz. Plain JavaScript, no framework, no storage, no request but the quiz data.
 * Scoring: the same steps, in the same order, as hooks/crossroads/quiz.py (tests/test_quiz_browser.py
 * checks both agree). Every text from the data is set with textContent. */
(function () {
  "use strict";
  if (window.CrossroadsQuiz) return; // loaded twice: bind once

  var C = window.Crossroads;
  var SCHEMA_VERSION = 1;             // the quiz data's schema_version this script reads (quiz.SCHEMA_VERSION)
  var PREFIX = "answers=";
  var ROOT = C.siteRoot(); // resolved once, against the page the script was loaded with
  var current = null;

  // Scoring

  function matches(data, answers, profile) {
    var power = data.scoring.distance_power, out = [];
    data.questions.forEach(function (q, qi) {
      if (answers[qi] == null) return;
      var num = 0, den = 0;
      q.options[answers[qi]].contributes.forEach(function (c) {
        var v = data.traits[c[0]].weight;
        num += v * (1 - Math.pow(Math.abs(c[1] - profile[c[0]]), power));
        den += v;
      });
      if (den > 0) out.push([qi, q.weight, num / den]);
    });
    return out;
  }

  function fit(data, answers, profile) {
    var num = 0, den = 0;
    matches(data, answers, profile).forEach(function (m) {
      num += m[1] * m[2];
      den += m[1];
    });
    return den > 0 ? num / den : 0;
  }

  function byScore(a, b) { return b[1] - a[1]; } // Array.sort is stable: ties keep the data order

  function ranked(data, answers, kind) {
    return data[kind].map(function (item, i) { return [i, fit(data, answers, item.profile)]; }).sort(byScore);
  }

  function percent(score) { return Math.floor(score * 100 + 0.5); }

  function level(data, score) {
    var levels = data.scoring.fit_levels;
    for (var i = 0; i < levels.length; i++) if (score >= levels[i].min) return levels[i].id;
    return levels[levels.length - 1].id;
  }

  function reasons(data, answers, profile) {
    var base = data.scoring.reason_baseline;
    return matches(data, answers, profile).map(function (m) { return [m[0], m[1] * (m[2] - base)]; })
      .sort(byScore).slice(0, data.scoring.reasons).map(function (s) { return s[0]; });
  }

  function whatIf(data, answers, kind) {
    var items = data[kind];
    if (items.length < 2) return null;
    var top = ranked(data, answers, kind)[0][0], best = null;
    data.questions.forEach(function (q, qi) {
      q.options.forEach(function (o, oi) {
        if (answers[qi] == null || oi === answers[qi]) return;
        var trial = answers.slice();
        trial[qi] = oi;
        var rival = ranked(data, trial, kind).filter(function (r) { return r[0] !== top; })[0];
        var margin = fit(data, trial, items[top].profile) - rival[1];
        if (best === null || margin < best.margin) best = {question: qi, option: oi, top: top, rival: rival[0], margin: margin};
      });
    });
    return best;
  }

  function result(data, answers) {
    function entries(kind, n) {
      return ranked(data, answers, kind).slice(0, n).map(function (r) {
        return {id: data[kind][r[0]].id, score: r[1], percent: percent(r[1]), level: level(data, r[1]),
          reasons: reasons(data, answers, data[kind][r[0]].profile).map(function (q) { return data.questions[q].id; })};
      });
    }
    function change(kind) {
      var w = whatIf(data, answers, kind);
      if (!w) return null;
      var q = data.questions[w.question];
      return {question: q.id, option: q.options[w.option].id, rival: data[kind][w.rival].id, margin: w.margin};
    }
    return {paths: entries("paths", data.paths.length), roles: entries("roles", data.scoring.top_roles),
      change: {paths: change("paths"), roles: change("roles")}};
  }

  function scores(data, answers) {
    var out = {};
    ["paths", "roles"].forEach(function (kind) {
      out[kind] = {};
      data[kind].forEach(function (item) { out[kind][item.id] = fit(data, answers, item.profile); });
    });
    return out;
  }

  // The URL fragment: answers=KEY-DIGITS (one digit, 1-9, per question)

  function encode(data, answers) {
    return PREFIX + data.key + "-" + answers.map(function (a) { return a + 1; }).join("");
  }

  /* null: no answers in the fragment; {answers: [...]}; or {error: "outdated" | "damaged"}. */
  function decode(data, fragment) {
    var text = (fragment || "").replace(/^#/, "");
    if (!text) return null;
    if (text.indexOf(PREFIX) !== 0) return {error: "damaged"};
    var m = /^([0-9a-f]{8})-([1-9]+)$/.exec(text.slice(PREFIX.length));
    if (!m) return {error: "damaged"};
    if (m[1] !== data.key || m[2].length !== data.questions.length) return {error: "outdated"};
    var answers = m[2].split("").map(function (d) { return Number(d) - 1; });
    for (var i = 0; i < answers.length; i++) if (answers[i] >= data.questions[i].options.length) return {error: "damaged"};
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
    nodes.forEach(function (n) { screen.appendChild(n); });
    if (!focus) return;
    focus.focus({preventScroll: true});
    C.scrollBelowHeader(screen);
  }

  function Quiz(container, screen, live, data) {
    this.container = container;
    this.screen = screen;
    this.live = live;
    this.data = data;
    this.answers = [];
    this.index = 0;
  }

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
      el("p", {text: "Answer " + n + " short questions about what you enjoy, what you can invest and how you like to " +
        "work. Every path and role gets a score with the reasons behind it. Your answers stay in this page."}),
      el("p", {}, [button("Start the quiz", "md-button--primary", function () { self.answers = []; self.ask(0); })])
    ].filter(Boolean), notice || focus ? heading : null);
  };

  Quiz.prototype.ask = function (index) {
    var self = this, data = this.data, q = data.questions[index], n = data.questions.length;
    this.index = index;
    var legend = el("legend", {class: "cq-legend", tabindex: "-1", text: q.text});
    var error = el("p", {class: "cq-error", id: "cq-error", text: "Choose an answer to go on."});
    error.hidden = true;
    var options = q.options.map(function (o, oi) {
      var input = el("input", {type: "radio", name: "cq-answer", value: String(oi)});
      input.checked = self.answers[index] === oi;
      input.addEventListener("change", function () { self.answers[index] = oi; error.hidden = true; });
      return el("label", {class: "cq-option"}, [input, el("span", {text: o.label})]);
    });
    var bar = el("span");
    bar.style.width = (100 * index / n) + "%";
    var form = el("form", {class: "cq-question", novalidate: ""}, [
      el("p", {class: "cq-progress", id: "cq-progress", text: "Question " + (index + 1) + " of " + n}),
      el("div", {class: "cq-bar", "aria-hidden": "true"}, [bar]),
      el("fieldset", {"aria-describedby": "cq-progress"}, [legend,
        el("div", {class: "cq-options" + (q.kind === "scale" ? " cq-options--scale" : "")}, options)]),
      error,
      el("p", {class: "cq-nav"}, [
        button("Back", "", function () { if (index > 0) self.ask(index - 1); else self.showStart(null, true); }),
        button(index + 1 < n ? "Next" : "See my result", "md-button--primary", null, "submit")])
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (self.answers[index] == null) {
        error.hidden = false;
        form.querySelector("input").focus();
        self.say(error.textContent);
      } else if (index + 1 < n) self.ask(index + 1);
      else self.showResult(true);
    });
    show(this.screen, [form], legend);
  };

  Quiz.prototype.showResult = function (announce) {
    var self = this, data = this.data, res = result(data, this.answers);
    var url = new URL(location.href);
    url.hash = encode(data, this.answers);
    history.replaceState(history.state, "", url.href);
    var heading = el("h2", {tabindex: "-1", text: "Your result"});
    var input = el("input", {id: "cq-link", type: "text", readonly: "", value: url.href});
    show(this.screen, [
      heading,
      el("p", {}, ["Scores run from 0% to 100%: how closely your answers match what each path and role calls for. ",
        link("How the quiz works", data.links.method), "."]),
      el("h3", {text: "Every path"}), this.list("paths", res.paths),
      el("h3", {text: "The roles that fit you best"}), this.list("roles", res.roles),
      el("h3", {text: "What would change your result"}),
      el("p", {text: this.change("paths", res.paths[0], res.change.paths, "path")}),
      el("p", {text: this.change("roles", res.roles[0], res.change.roles, "role")}),
      el("h3", {text: "Next steps"}),
      el("ul", {}, [el("li", {}, [link("Compare the paths side by side", data.links.compare)]),
        el("li", {}, [link("See every role", data.links.roles)]),
        el("li", {}, [link("How the quiz works and every weight it uses", data.links.method)])]),
      el("div", {class: "cq-share"}, [el("label", {for: "cq-link", text: "Link to this result"}), input,
        el("p", {class: "cq-nav"}, [button("Copy link", "", function () { self.copy(input); }),
          button("Retake the quiz", "md-button--primary", function () { self.retake(); })])])
    ], heading);
    var top = res.paths[0];
    if (announce) this.say("Your result is ready. Top path: " + this.find("paths", top.id).name + ", " +
      this.levelLabel(top.level).toLowerCase() + ", " + top.percent + "%.");
  };

  Quiz.prototype.find = function (kind, id) {
    return this.data[kind].filter(function (item) { return item.id === id; })[0];
  };

  Quiz.prototype.levelLabel = function (id) {
    return this.data.scoring.fit_levels.filter(function (lv) { return lv.id === id; })[0].label;
  };

  Quiz.prototype.list = function (kind, entries) {
    var self = this;
    return el("ol", {class: "cq-list"}, entries.map(function (e) {
      var item = self.find(kind, e.id), bar = el("span");
      bar.style.width = e.percent + "%";
      return el("li", {class: "cq-item"}, [
        el("p", {class: "cq-item__head"}, [link(item.name, item.url), " ",
          el("span", {class: "cq-fit cq-fit--" + e.level, text: self.levelLabel(e.level) + " · " + e.percent + "%"})]),
        el("div", {class: "cq-bar", "aria-hidden": "true"}, [bar]),
        el("ul", {class: "cq-why", "aria-label": "Why"}, e.reasons.map(function (qid) {
          return el("li", {text: self.reason(qid, item)});
        }))
      ]);
    }));
  };

  Quiz.prototype.reason = function (qid, item) {
    var data = this.data, qi = data.questions.map(function (q) { return q.id; }).indexOf(qid);
    var option = data.questions[qi].options[this.answers[qi]];
    var m = matches(data, this.answers, item.profile).filter(function (x) { return x[0] === qi; })[0];
    var names = option.contributes.map(function (c) { return data.traits[c[0]].name; }).join(" and ");
    var answer = "you answered “" + option.label + "” to “" + data.questions[qi].text + "”";
    if (m[2] < data.scoring.reason_baseline) return "Against it: " + answer + ", only a " + percent(m[2]) + "% match on " + names + ".";
    return "For it: " + answer + ", a " + percent(m[2]) + "% match on " + names + ".";
  };

  Quiz.prototype.change = function (kind, top, change, noun) {
    if (!change) return "";
    var q = this.data.questions.filter(function (x) { return x.id === change.question; })[0];
    var option = q.options.filter(function (o) { return o.id === change.option; })[0];
    var rival = this.find(kind, change.rival).name, first = this.find(kind, top.id).name;
    var answer = "answering “" + option.label + "” to “" + q.text + "”";
    if (change.margin < 0) return "Your top " + noun + " changes with one answer: " + answer + " would put " + rival +
      " ahead of " + first + ".";
    var points = percent(change.margin);
    return "No single answer changes your top " + noun + " (" + first + "). The one that would move it most is " + answer +
      ", which would bring " + rival + (points > 0 ? " to within " + points + " points of it." : " level with it.");
  };

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
    this.answers = [];
    this.ask(0);
  };

  // Start: on every page Material shows (direct load and instant navigation), once per container

  function start() { C.mount("#crossroads-quiz", mount); }

  window.addEventListener("hashchange", function () {
    if (current && document.body.contains(current.container) && location.hash.indexOf("#" + PREFIX) === 0) current.fromFragment();
  });

  window.CrossroadsQuiz = {score: scores, result: result, encode: encode, decode: decode, mount: function (container) { C.mount(container, mount); }};

  C.onPage(start);
})();
