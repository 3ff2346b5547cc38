// The visual timeline (vis-timeline, shipped in docs/vendor/): one point per event, its label a
// short headline, each a link to its event page. Labels are set as text, never as HTML.
// Shown from 45em up; narrower screens get the list that follows it in the page (CSS).
// The first view shows every event with every label whole: after fitting the events, the window
// widens until no label runs past its edges. Buttons and keys (arrows, + and -, 0) move and zoom.
(function () {
  "use strict";
  var DAY = 864e5;
  var CLUSTER = 6;
  var WIDE = window.matchMedia("(min-width: 45em)");

  // vis-timeline (550 KB) is fetched only where the line is drawn: a phone gets the list
  // without it (look37). It lies beside this script in the built site.
  var SELF = document.currentScript ? document.currentScript.src : "";
  var LIBRARY = SELF.replace(/javascripts\/visual\.js(?:\?.*)?$/, "vendor/vis-timeline/vis-timeline-graph2d.min.js");
  var loading = false;

  function setup() {
    var box = document.getElementById("vis-box");
    var data = document.getElementById("visual-timeline-data");
    if (!box || !data || box.dataset.ready) return;
    if (!WIDE.matches) {  // a phone: the list; draw the line if the screen gets wider
      WIDE.addEventListener("change", setup, { once: true });
      return;
    }
    if (typeof vis === "undefined") {
      if (!loading && LIBRARY !== SELF) {
        loading = true;
        var script = document.createElement("script");
        script.src = LIBRARY;
        script.onload = setup;
        document.head.appendChild(script);
      }
      return;
    }
    box.dataset.ready = "1";
    var events = JSON.parse(data.textContent);
    var byId = {};
    events.forEach(function (e) { byId[e.id] = e; });
    var items = new vis.DataSet(events.map(function (e) {
      var link = document.createElement("a");
      link.href = e.url;
      link.textContent = e.label;
      link.title = e.date + ": " + e.title;
      return { id: e.id, content: link, start: e.start, type: "point",
               className: "tl-" + e.granularity };
    }));
    // the editors' phases (curation.yaml) as background bands, titled
    var phases = document.getElementById("visual-timeline-phases");
    (phases ? JSON.parse(phases.textContent) : []).forEach(function (p, i) {
      var title = document.createElement("span");
      title.textContent = p.title;
      items.add({ id: "phase-" + i, content: title, start: p.start, end: p.end,
                  type: "background", className: "tl-phase" });
    });
    var timeline = new vis.Timeline(box, items, {
      stack: true, zoomKey: "ctrlKey", horizontalScroll: true, maxHeight: 640, minHeight: 320,
      showCurrentTime: false, zoomMin: 7 * DAY, margin: { item: { horizontal: 12, vertical: 8 } },
      // where more than CLUSTER events crowd one stretch of the line at this zoom, one bubble
      // ("12 events") stands for them; clicking it zooms in on them
      cluster: { maxItems: CLUSTER, showStipes: true, titleTemplate: "{count} events: click to zoom in",
                 clusterCriteria: function (a, b) { return a.type === "point" && b.type === "point"; } },
      xss: { disabled: false }  // items are DOM nodes built with textContent: nothing to parse
    });

    function panel() { return box.querySelector(".vis-panel.vis-center").getBoundingClientRect(); }

    // how far (px) the labels run past the left and right edges of the drawn line
    function overflow() {
      var p = panel(), left = 0, right = 0;
      box.querySelectorAll(".vis-item.vis-point").forEach(function (el) {
        if (!el.getClientRects().length) return;  // gathered into a bubble: not drawn
        var r = el.getBoundingClientRect();
        left = Math.max(left, p.left - r.left);
        right = Math.max(right, r.right - p.right);
      });
      return { left: left, right: right, width: p.width };
    }

    function record() {
      var w = timeline.getWindow();
      box.dataset.start = String(w.start.valueOf());
      box.dataset.end = String(w.end.valueOf());
    }

    // vis draws after each change (asynchronously): the widening is done a step at each
    // drawing, until no label runs past the edges. Bubbles (clusters) are formed at a later
    // drawing than the points: the view is settled when a drawing 150 ms later agrees.
    var widening = 0, settle = null;
    function widen() {
      if (!widening) return;
      var o = overflow();
      clearTimeout(settle);
      if ((o.left <= 0 && o.right <= 0) || widening > 8) {
        settle = setTimeout(function () {
          timeline.redraw();  // draws the bubbles now, if any
          var again = overflow();
          if ((again.left > 0 || again.right > 0) && widening <= 8) { widen(); return; }
          widening = 0;
          record();
          box.dataset.fitted = "1";
        }, 150);
        return;
      }
      widening += 1;
      var w = timeline.getWindow(), start = w.start.valueOf(), end = w.end.valueOf();
      var perPx = (end - start) / o.width;
      timeline.setWindow(start - (o.left > 0 ? o.left + 16 : 0) * perPx,
                         end + (o.right > 0 ? o.right + 16 : 0) * perPx, { animation: false });
    }

    function showAll() {
      widening = 1;
      box.dataset.fitted = "";
      timeline.fit({ animation: false });
    }

    function pan(fraction) {
      var w = timeline.getWindow(), start = w.start.valueOf(), end = w.end.valueOf();
      var shift = (end - start) * fraction;
      timeline.setWindow(start + shift, end + shift, { animation: false });
    }

    var actions = {
      earlier: function () { pan(-0.25); },
      later: function () { pan(0.25); },
      "in": function () { timeline.zoomIn(0.5, { animation: false }); },
      out: function () { timeline.zoomOut(0.5, { animation: false }); },
      fit: showAll
    };
    document.querySelectorAll(".vis-controls [data-vis]").forEach(function (button) {
      button.addEventListener("click", function () { actions[button.dataset.vis](); record(); });
    });
    var KEYS = { ArrowLeft: "earlier", ArrowRight: "later", "+": "in", "=": "in", "-": "out",
                 "_": "out", "0": "fit", Home: "fit" };
    box.addEventListener("keydown", function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var act = KEYS[ev.key];
      if (act) { ev.preventDefault(); actions[act](); record(); }
    });
    timeline.on("rangechanged", record);
    timeline.on("changed", widen);
    // a click anywhere on an event opens it (on its label, the link does)
    timeline.on("click", function (props) {
      if (props.isCluster && props.time) {  // a bubble of several events: zoom in on them
        var w = timeline.getWindow(), quarter = (w.end - w.start) / 8, at = props.time.valueOf();
        timeline.setWindow(at - quarter, at + quarter, { animation: false });
        record();
        return;
      }
      if (props.item && byId[props.item] && !(props.event.target.closest &&
                                                props.event.target.closest("a"))) {
        window.location.href = byId[props.item].url;
      }
    });
    showAll();
    box.dataset.items = String(events.length);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
