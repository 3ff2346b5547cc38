// Timeline filters (person, place, tag) that work without a server: they hide the entries of
// the generated timeline page that do not match, and the year and month headings left empty.
(function () {
  "use strict";
  function setup() {
    var form = document.getElementById("timeline-filters");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    var selects = form.querySelectorAll("select");
    var entries = document.querySelectorAll("li.tl-entry");
    var status = document.getElementById("timeline-filter-status");
    function apply() {
      var wanted = {};
      selects.forEach(function (s) { if (s.value) wanted[s.name] = s.value; });
      var shown = 0;
      entries.forEach(function (li) {
        var ok = Object.keys(wanted).every(function (key) {
          return (" " + (li.dataset[key] || "") + " ").indexOf(" " + wanted[key] + " ") >= 0;
        });
        li.hidden = !ok;
        if (ok) shown += 1;
      });
      // a heading stays visible while some entry after it (before the next heading of the
      // same or a higher level) is visible
      var headings = document.querySelectorAll(".md-content h2, .md-content h3");
      headings.forEach(function (h) {
        var level = h.tagName, el = h.nextElementSibling, any = false;
        while (el && !(el.tagName === "H2" || (level === "H3" && el.tagName === "H3"))) {
          if (el.querySelector && el.querySelector("li.tl-entry:not([hidden])")) any = true;
          el = el.nextElementSibling;
        }
        h.hidden = !any && h.dataset.timeline === "1";
      });
      if (status) status.textContent = shown + " of " + entries.length + " events shown";
    }
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
