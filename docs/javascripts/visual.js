// The interactive visual timeline (vis-timeline, shipped in docs/vendor/): one item per event,
// zoomable, each linking to its event page. Titles are set as text, never as HTML.
(function () {
  "use strict";
  function setup() {
    var box = document.getElementById("vis-box");
    var data = document.getElementById("visual-timeline-data");
    if (!box || !data || box.dataset.ready || typeof vis === "undefined") return;
    box.dataset.ready = "1";
    var events = JSON.parse(data.textContent);
    var items = new vis.DataSet(events.map(function (e) {
      var link = document.createElement("a");
      link.href = e.url;
      link.textContent = e.label;
      link.title = e.date + ": " + e.title;
      var item = { id: e.id, content: link, start: e.start, className: "tl-" + e.granularity };
      if (e.end !== e.start) { item.end = e.end; item.type = "range"; } else { item.type = "box"; }
      return item;
    }));
    var timeline = new vis.Timeline(box, items, {
      stack: true, zoomKey: "ctrlKey", horizontalScroll: true, maxHeight: 600,
      xss: { disabled: false }
    });
    timeline.on("click", function (props) {
      if (props.item && props.event.target.tagName !== "A") {
        var e = events.find(function (x) { return x.id === props.item; });
        if (e) window.location.href = e.url;
      }
    });
    box.dataset.items = String(events.length);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
