// Timeline filters (person, place, tag) that work without a server: they hide the entries of
// the generated timeline page that do not match, and whatever is left about nothing shown: a
// year's, phase's or month's heading with the lines under it (a phase's dates and its words of
// context) and a year's background box. The choice is kept in the address
// (timeline/?people=dmitry-peskov), so that a filtered timeline can be shared and linked to.
(function () {
  "use strict";
  function setup() {
    var form = document.getElementById("timeline-filters");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    var selects = form.querySelectorAll("select");
    var entries = document.querySelectorAll("li.tl-entry");
    var status = document.getElementById("timeline-filter-status");
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (s) {
      var value = params.get(s.name);
      if (value && Array.prototype.some.call(s.options, function (o) { return o.value === value; })) {
        s.value = value;
      }
    });
    function visible(el) {
      return !!(el.matches && el.matches("li.tl-entry:not([hidden])")) ||
        !!(el.querySelector && el.querySelector("li.tl-entry:not([hidden])"));
    }
    function setHidden(el, hide) {
      // only what this script hid is shown again (never what the page hides itself)
      if (hide && !el.hidden) { el.hidden = true; el.dataset.tlHidden = "1"; }
      else if (!hide && el.dataset.tlHidden) { el.hidden = false; delete el.dataset.tlHidden; }
    }
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
      // a heading of the timeline stays, with what follows it up to the next heading of the
      // same or a higher level, while some entry there is shown
      var headings = document.querySelectorAll(".md-content h2[data-timeline], .md-content h3[data-timeline]");
      headings.forEach(function (h) {
        var level = h.tagName, el = h.nextElementSibling, part = [], any = false;
        while (el && !(el.tagName === "H2" || (level === "H3" && el.tagName === "H3"))) {
          part.push(el);
          if (visible(el)) any = true;
          el = el.nextElementSibling;
        }
        setHidden(h, !any);
        if (level === "H2") {
          // (under a heading kept, only a background box with nothing shown goes)
          part.forEach(function (x) {
            setHidden(x, !any || (x.matches("details.tl-background") && !visible(x)));
          });
        }
      });
      if (status) status.textContent = shown + " of " + entries.length + " events shown";
      if (window.history && window.history.replaceState) {
        var query = new URLSearchParams();
        Object.keys(wanted).forEach(function (key) { query.set(key, wanted[key]); });
        var text = query.toString();
        window.history.replaceState(null, "", window.location.pathname + (text ? "?" + text : "") +
                                    window.location.hash);
      }
    }
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
