// Search on Pagefind's index (written to /pagefind/ by `timeline build`), in two places:
// - the header box of every page (overrides/partials/search.html): results as you type, grouped
//   events first, then people and places, then sources, then other pages; a link to all results;
// - the full results page (docs/search.md, /search/?q=…): every result, group by group.
// Keys as in Material: f, s or / open the search, Escape closes it, the arrow keys move through
// the results. Everything shown comes from the index as text: titles are set with textContent and
// excerpts keep only Pagefind's <mark> elements, so no markup of an article can run here.
(function () {
  "use strict";
  var script = document.currentScript;
  // the site's root, from this script's own address (…/javascripts/search.js): no theme internals
  var ROOT = new URL("../", script ? script.src : window.location.href);
  // The groups, in order; a page's group comes from its address (events/…, entities/…,
  // sources/…). Pagefind's filters could tell them apart at query time, but its filter index is
  // not byte-identical from one build to the next, and our builds must be.
  var GROUPS = [
    { kind: "event", prefix: "events/", label: "Events", header: 5 },
    { kind: "entity", prefix: "entities/", label: "People and places", header: 3 },
    { kind: "source", prefix: "sources/", label: "Sources", header: 3 },
    { kind: "page", prefix: "", label: "Other pages", header: 2 }
  ];
  var HEADER_READS = 30;  // the header groups the best 30 results (one small fragment each)
  var PAGE_READS = 100;   // the results page reads them 100 at a time
  var PAGE_SIZE = 10;
  var loading = null;

  function pagefind() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", ROOT).href).then(function (pf) {
        return pf.options({ baseUrl: ROOT.pathname, excerptLength: 24 }).then(function () {
          return pf;
        });
      });
    }
    return loading;
  }

  function groupOf(url) {
    var path = new URL(url, window.location.href).pathname;
    var rel = path.indexOf(ROOT.pathname) === 0 ? path.slice(ROOT.pathname.length) : path;
    for (var i = 0; i < GROUPS.length; i++) {
      if (rel.indexOf(GROUPS[i].prefix) === 0) return i;
    }
    return GROUPS.length - 1;
  }

  // The results of a query, ranked by Pagefind; read(n) loads the next n results' data (their
  // title, address and excerpt) and returns them sorted into the groups.
  function searchAll(query) {
    return pagefind().then(function (pf) { return pf.search(query); }).then(function (found) {
      var results = (found && found.results) || [];
      var next = 0;
      var groups = GROUPS.map(function (g) { return { group: g, items: [] }; });
      return {
        total: results.length,
        groups: groups,
        more: function () { return results.length - next; },
        read: function (n) {
          var slice = results.slice(next, next + n);
          next += slice.length;
          return Promise.all(slice.map(function (r) { return r.data(); })).then(function (datas) {
            datas.forEach(function (d) { groups[groupOf(d.url)].items.push(d); });
            return groups;
          });
        }
      };
    });
  }

  // Pagefind's excerpt is HTML; keep its text and its <mark>s, nothing else
  function excerptNode(html) {
    var out = document.createElement("p");
    var doc = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    doc.body.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function clean(text) {
    return String(text || "").replace(/\s*¶\s*$/, "").trim();
  }

  // an event's date (its page's data-pagefind-meta="date"), before its title: which of two
  // alike events a result is (look37: no result said when)
  function dated(data) {
    var date = clean(data.meta && data.meta.date);
    var span = document.createElement("span");
    span.className = "search-date";
    span.textContent = date ? date + " — " : "";
    return span;
  }

  // a result on the full results page: a link with the page's title, then the excerpt
  function pageItem(data) {
    var li = document.createElement("li");
    li.className = "search-hit";
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = clean(data.meta && data.meta.title) || data.url;
    li.appendChild(dated(data));
    li.appendChild(link);
    li.appendChild(excerptNode(data.excerpt || ""));
    return li;
  }

  // a result in the header box, in Material's markup for its own search results
  function resultItem(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = data.url;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h2");
    title.appendChild(dated(data));
    title.appendChild(document.createTextNode(clean(data.meta && data.meta.title) || data.url));
    article.appendChild(title);
    article.appendChild(excerptNode(data.excerpt || ""));
    link.appendChild(article);
    li.appendChild(link);
    return li;
  }

  function heading(text) {
    var li = document.createElement("li");
    li.className = "md-search-result__meta search-group";
    li.textContent = text;
    return li;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ----- the header box -----
  function setupHeader() {
    var form = document.getElementById("header-search-form");
    var input = document.getElementById("header-search-input");
    var toggle = document.getElementById("__search");
    var box = document.getElementById("header-search-results");
    if (!form || !input || !toggle || !box || form.dataset.ready) return;
    form.dataset.ready = "1";
    var meta = box.querySelector(".md-search-result__meta");
    var list = box.querySelector(".md-search-result__list");
    var seq = 0, timer = null;

    function open() {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
      input.focus();
      pagefind().catch(function () {});  // start loading the index's code while the reader types
    }
    function close() {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
      input.blur();
    }

    function run() {
      var query = input.value.trim();
      var mine = ++seq;
      list.textContent = "";
      if (!query) { meta.textContent = "Type to search events, people, places and sources"; return; }
      meta.textContent = "Searching…";
      searchAll(query).then(function (search) {
        return search.read(HEADER_READS).then(function (groups) {
          if (mine !== seq) return;  // the reader typed on: a newer search owns the list
          var total = search.total;
          meta.textContent = total ? plural(total, "result") : "No results for “" + query + "”";
          groups.forEach(function (g) {
            var shown = g.items.slice(0, g.group.header);
            if (!shown.length) return;
            list.appendChild(heading(g.group.label));
            shown.forEach(function (d) { list.appendChild(resultItem(d)); });
          });
          if (total) {
            var li = document.createElement("li");
            li.className = "md-search-result__item search-all";
            var all = document.createElement("a");
            all.className = "md-search-result__link";
            all.href = new URL("search/?q=" + encodeURIComponent(query), ROOT).href;
            all.textContent = "All " + plural(total, "result") + " →";
            li.appendChild(all);
            list.appendChild(li);
          }
        });
      }).catch(function () {
        if (mine !== seq) return;
        meta.textContent = "Search is not available here: the index is built by `timeline build`.";
      });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    input.addEventListener("focus", function () { if (!toggle.checked) open(); });
    form.addEventListener("reset", function () {
      setTimeout(function () { run(); input.focus(); }, 0);
    });
    toggle.addEventListener("change", function () {
      if (toggle.checked && document.activeElement !== input) input.focus();
    });

    document.addEventListener("keydown", function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var target = ev.target;
      var typing = target && (target.isContentEditable ||
        /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (toggle.checked) {
        var links = Array.prototype.slice.call(list.querySelectorAll("a.md-search-result__link"));
        var at = links.indexOf(document.activeElement);
        if (ev.key === "Escape") {
          ev.preventDefault(); close();
        } else if (ev.key === "ArrowDown" && links.length) {
          ev.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus();
        } else if (ev.key === "ArrowUp" && links.length) {
          ev.preventDefault();
          if (at <= 0) input.focus(); else links[at - 1].focus();
        }
        return;
      }
      if (!typing && (ev.key === "f" || ev.key === "s" || ev.key === "/")) {
        ev.preventDefault();
        open();
      }
    });
  }

  // ----- the full results page -----
  function setupPage() {
    var form = document.getElementById("search-page-form");
    var out = document.getElementById("search-page-results");
    if (!form || !out || form.dataset.ready) return;
    form.dataset.ready = "1";
    var input = form.querySelector("input");
    var status = document.getElementById("search-page-status");
    var seq = 0;

    // Each group shows PAGE_SIZE results, and PAGE_SIZE more at each click of its button;
    // results are read from the index PAGE_READS at a time, until the group has enough or none
    // are left. A read can bring results of every group: all of them are brought up to date.
    function sync(search, views) {
      views.forEach(function (v) {
        var items = v.group.items;
        for (var i = v.list.children.length; i < Math.min(v.want, items.length); i++) {
          v.list.appendChild(pageItem(items[i]));
        }
        v.section.hidden = v.list.children.length === 0;
        v.button.hidden = !(items.length > v.want || search.more() > 0);
      });
    }

    function fill(search, views, v, mine) {
      if (mine !== seq) return Promise.resolve();
      if (v.group.items.length < v.want && search.more() > 0) {
        return search.read(PAGE_READS).then(function () { return fill(search, views, v, mine); });
      }
      sync(search, views);
      return Promise.resolve();
    }

    function run() {
      var query = input.value.trim();
      var mine = ++seq;
      out.textContent = "";
      if (!query) { status.textContent = ""; return; }
      status.textContent = "Searching…";
      searchAll(query).then(function (search) {
        return search.read(PAGE_READS).then(function (groups) {
          if (mine !== seq) return;
          status.textContent = search.total ? plural(search.total, "result") + " for “" + query + "”"
                                            : "No results for “" + query + "”";
          var views = groups.map(function (g) {  // a section per group, in the groups' order
            var v = { group: g, want: PAGE_SIZE, section: document.createElement("section"),
                      list: document.createElement("ol"), button: document.createElement("button") };
            v.section.className = "search-section";
            var h = document.createElement("h2");
            h.textContent = g.group.label;
            v.list.className = "search-page-list";
            v.button.type = "button";
            v.button.className = "md-button search-more";
            v.button.textContent = "More " + g.group.label.toLowerCase();
            v.button.addEventListener("click", function () {
              v.want += PAGE_SIZE;
              fill(search, views, v, mine);
            });
            v.section.appendChild(h);
            v.section.appendChild(v.list);
            v.section.appendChild(v.button);
            out.appendChild(v.section);
            return v;
          });
          // the first group fills first: the events the page promises first
          return views.reduce(function (chain, v) {
            return chain.then(function () { return fill(search, views, v, mine); });
          }, Promise.resolve());
        });
      }).catch(function () {
        if (mine !== seq) return;
        document.getElementById("search-missing").hidden = false;
        status.textContent = "";
      });
    }

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value.trim());
      window.history.replaceState(null, "", url.href);
      run();
    });
    var timer = null;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; run(); }
  }

  function setup() { setupHeader(); setupPage(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
