// The search page: Pagefind's UI over the index `timeline build` writes to /pagefind/.
(function () {
  "use strict";
  function setup() {
    var box = document.getElementById("search");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    if (typeof PagefindUI === "undefined") {
      document.getElementById("search-missing").hidden = false;
      return;
    }
    new PagefindUI({ element: "#search", showSubResults: false, showImages: false,
                     resetStyles: false, autofocus: true });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      var input = box.querySelector("input");
      if (input) { input.value = query; input.dispatchEvent(new Event("input")); }
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
