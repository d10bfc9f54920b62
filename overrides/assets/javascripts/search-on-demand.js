/* Crossroads: fetch the search index when the reader opens search, not on every first visit.
   Material requests search/search_index.json (by XMLHttpRequest) as soon as a page loads; this
   wrapper, loaded just before Material's bundle (overrides/main.html), holds that one request until
   the reader shows intent: focus in the search form, the search toggle, a click on the search icon,
   or Material's search keys (s, f, /). A page opened with ?h= or ?q= asks for it at once. Every
   other request passes through untouched. See DEVELOPERS.md, "Hardening and budgets". */
(function () {
  "use strict";
  var proto = window.XMLHttpRequest && XMLHttpRequest.prototype;
  if (!proto) return;
  var open = proto.open, send = proto.send, ready, wanted = new Promise(function (resolve) { ready = resolve; });
  var INDEX = /\/search\/search_index\.json$/;

  if (/[?&][hq]=/.test(location.search)) ready();
  document.addEventListener("focusin", function (e) { if (e.target.closest && e.target.closest("form[name=search]")) ready(); });
  document.addEventListener("change", function (e) { if (e.target.id === "__search") ready(); });
  document.addEventListener("click", function (e) { if (e.target.closest && e.target.closest("label[for=__search]")) ready(); });
  document.addEventListener("keydown", function (e) { if (e.key === "s" || e.key === "f" || e.key === "/") ready(); });

  proto.open = function (method, url) {
    this.crossroadsIndex = INDEX.test(String(url).split(/[?#]/)[0]);
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.crossroadsIndex) return send.apply(xhr, args);
    wanted.then(function () { send.apply(xhr, args); });
  };
})();
