// Search of the timeline: turns each <div class="search" data-index="…"
// hidden> of the page into a search form that finds events by the words of
// their title, tags, place, summary and body. The index (search-index.js,
// written by generator/search) loads as a script the first time the field
// is used. Without this script the placeholder stays hidden. The folding
// and splitting of words must stay as generator/search/fold.go does them.
(function () {
  "use strict";

  var LETTERS = { "ß": "ss", "ς": "σ", "ı": "i", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th", "ŧ": "t", "ƀ": "b" };
  var LETTER = /[ßςıøđðħłæœþŧƀ]/g;
  var FOLDED_MARK = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]/u;
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  var MARK = /\p{M}/u;
  // The weight of a term found in the title, the tags, the place, the
  // summary and the body; a whole word counts twice a prefix.
  var WEIGHTS = [16, 8, 4, 2, 1];
  var FIELDS = 5;
  // The digits of the postings (see encode.go).
  var CONTINUING = 0x23, FINAL = 0x5d;
  // The results shown at most, and how long the count waits for typing
  // to pause before it is announced, in milliseconds.
  var LIMIT = 50, ANNOUNCE_AFTER = 400;

  function fold(s) {
    return s.normalize("NFKD").toLowerCase()
      .replace(LETTER, function (c) { return LETTERS[c]; })
      .replace(FOLDED_MARK, "").normalize("NFC");
  }

  // terms returns the terms of text as the index holds them or, for a
  // query, as they are looked up: a run of a script written without spaces
  // by its pairs of characters, plus in the index its last character.
  function terms(text, query) {
    var out = [];
    (fold(text).match(WORD) || []).forEach(function (word) {
      var chars = Array.from(word), start = 0, was = UNSPACED.test(chars[0]);
      for (var i = 1; i <= chars.length; i++) {
        var u = i < chars.length && (MARK.test(chars[i]) ? was : UNSPACED.test(chars[i]));
        if (i < chars.length && u === was) continue;
        var seg = chars.slice(start, i);
        if (!was || seg.length === 1) {
          out.push(seg.join(""));
        } else {
          for (var k = 1; k < seg.length; k++) out.push(seg[k - 1] + seg[k]);
          if (!query) out.push(seg[seg.length - 1]);
        }
        start = i;
        was = u;
      }
    });
    return out;
  }

  // Index is the loaded index, ready to search.
  function Index(data) {
    if (data.v !== 1) throw new Error("search index version " + data.v + ", want 1");
    this.data = data;
    this.terms = data.terms ? data.terms.split(" ") : [];
    this.postings = data.postings ? data.postings.split(" ") : [];
    this.size = data.id.length;
    this.seen = new Int32Array(this.size);
    this.best = new Int32Array(this.size);
    this.score = new Int32Array(this.size);
  }

  // find returns the events that hold every word of the query, each word
  // as a prefix of theirs, best first: {count, docs: [{id, title, dates,
  // url}]} with at most limit docs.
  Index.prototype.find = function (query, limit) {
    var words = terms(query, true).filter(function (w, i, all) { return all.indexOf(w) === i; });
    var matched = [];
    if (!words.length) return { count: 0, docs: [] };
    var seen = this.seen, best = this.best, score = this.score;
    seen.fill(0);
    score.fill(0);
    for (var k = 0; k < words.length; k++) {
      var word = words[k];
      matched = [];
      for (var t = this.lowerBound(word); t < this.terms.length && this.terms[t].startsWith(word); t++) {
        var whole = this.terms[t].length === word.length ? 2 : 1;
        var p = this.postings[t], doc = -1, v = 0;
        for (var i = 0; i < p.length; i++) {
          var c = p.charCodeAt(i);
          if (c < FINAL) { v = v * 32 + c - CONTINUING; continue; }
          v = v * 32 + c - FINAL;
          doc += (v - v % FIELDS) / FIELDS + 1;
          var w = WEIGHTS[v % FIELDS] * whole;
          v = 0;
          if (seen[doc] === k) {
            seen[doc] = k + 1;
            best[doc] = w;
            matched.push(doc);
          } else if (seen[doc] === k + 1 && w > best[doc]) {
            best[doc] = w;
          }
        }
      }
      if (!matched.length) break;
      for (var m = 0; m < matched.length; m++) score[matched[m]] += best[matched[m]];
    }
    var d = this.data, docs = this.ranked(matched, words.length, limit === undefined ? LIMIT : limit).map(function (i) {
      return { id: d.id[i], title: d.title[i], dates: d.date[i], url: d.url ? d.url[0] + d.id[i] + d.url[1] : d.urls[i] };
    });
    return { count: matched.length, docs: docs };
  };

  // ranked returns the first limit of matched, the docs that hold all n
  // words of the query, best first and equals in timeline order. It sorts
  // nothing: counting the docs of each score tells the lowest score shown
  // and where the docs of each score begin, and one pass in timeline order
  // puts them in place, so that a word found in every event costs little
  // more than one found in a few.
  Index.prototype.ranked = function (matched, n, limit) {
    var seen = this.seen, score = this.score, top = 0, m;
    for (m = 0; m < matched.length; m++) top = Math.max(top, score[matched[m]]);
    var counts = new Int32Array(top + 1);
    for (m = 0; m < matched.length; m++) counts[score[matched[m]]]++;
    var want = Math.min(limit, matched.length), lowest = top, above = 0;
    while (lowest > 0 && above + counts[lowest] < want) above += counts[lowest--];
    var next = new Int32Array(top + 1);
    for (var s = top, at = 0; s > lowest; s--) {
      next[s] = at;
      at += counts[s];
    }
    next[lowest] = above;
    var out = new Array(want);
    for (var doc = 0, filled = 0; filled < want; doc++) {
      var r = score[doc];
      if (seen[doc] !== n || r < lowest || (r === lowest && next[r] >= want)) continue;
      out[next[r]++] = doc;
      filled++;
    }
    return out;
  };

  // lowerBound returns the number of the first term not before word.
  Index.prototype.lowerBound = function (word) {
    var lo = 0, hi = this.terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (this.terms[mid] < word) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  // The index loads once per page, for every search box of it: state is
  // "idle", "loading" or "done", and index is null when it failed.
  var shared = { state: "idle", index: null, waiting: [] };

  function load(src, done) {
    if (shared.state === "done") return done(shared.index);
    shared.waiting.push(done);
    if (shared.state === "loading") return;
    shared.state = "loading";
    var script = document.createElement("script");
    script.src = src;
    script.onload = script.onerror = function () {
      try {
        shared.index = window.timelineSearchIndex ? new Index(window.timelineSearchIndex) : null;
      } catch (e) {
        shared.index = null;
      }
      shared.state = "done";
      shared.waiting.splice(0).forEach(function (fn) { fn(shared.index); });
    };
    document.head.appendChild(script);
  }

  function element(tag, attrs, text) {
    var el = document.createElement(tag);
    Object.keys(attrs).forEach(function (name) { el.setAttribute(name, attrs[name]); });
    if (text) el.textContent = text;
    return el;
  }

  var boxes = 0;

  function setUp(box) {
    var data = box.dataset, id = box.id || "search-" + ++boxes;
    var lang = (box.closest("[lang]") || document.documentElement).lang || "en";
    var plural = new Intl.PluralRules(lang), number = new Intl.NumberFormat(lang);
    var form = element("form", { role: "search", class: "search-form" });
    var input = element("input", {
      type: "search", id: id + "-q", class: "search-input", dir: "auto", autocomplete: "off", spellcheck: "false",
      enterkeyhint: "search", "aria-controls": id + "-results", "aria-describedby": id + "-status"
    });
    // The count shows at once; the live region, hidden from sight,
    // announces it once typing pauses, so that a screen reader does not
    // read a count for every key.
    var shown = element("p", { class: "search-count", "aria-hidden": "true" });
    var status = element("p", { id: id + "-status", class: "search-status", role: "status" });
    var results = element("ol", { id: id + "-results", class: "search-results", "aria-label": data.results || data.label || "Results" });
    if (data.placeholder) input.placeholder = data.placeholder;
    results.hidden = true;
    form.appendChild(element("label", { for: id + "-q", class: "search-label" }, data.label || "Search"));
    form.appendChild(input);
    form.appendChild(shown);
    form.appendChild(status);
    form.appendChild(results);
    box.appendChild(form);
    box.hidden = false;

    var index = null, announce = 0;

    function say(text) {
      if (shown.textContent !== text) shown.textContent = text;
      clearTimeout(announce);
      announce = setTimeout(function () { status.textContent = text; }, ANNOUNCE_AFTER);
    }

    function count(n) {
      var text = data["found" + plural.select(n).replace(/^./, function (c) { return c.toUpperCase(); })] || data.foundOther || "{n}";
      return text.replace("{n}", number.format(n));
    }

    // The items of the list are made once and kept, so that a keystroke
    // changes their text rather than building the list anew: the list
    // holds the first of them, one a result.
    var items = [];

    function item(i) {
      if (!items[i]) {
        var link = element("a", {}), title = element("span", { class: "search-title", dir: "auto" }), dates = element("span", { class: "search-date" });
        if (data.target) link.target = data.target;
        link.appendChild(title);
        link.appendChild(document.createTextNode(" "));
        link.appendChild(dates);
        items[i] = { li: element("li", {}), link: link, title: title, dates: dates };
        items[i].li.appendChild(link);
      }
      return items[i];
    }

    function list(docs) {
      for (var i = 0; i < docs.length; i++) {
        var it = item(i), href = (data.root || "") + docs[i].url;
        if (it.link.getAttribute("href") !== href) it.link.setAttribute("href", href);
        if (it.title.textContent !== docs[i].title) it.title.textContent = docs[i].title;
        if (it.dates.textContent !== docs[i].dates) it.dates.textContent = docs[i].dates;
        if (!it.li.parentNode) results.appendChild(it.li);
      }
      for (; i < items.length && items[i].li.parentNode; i++) results.removeChild(items[i].li);
      results.hidden = !docs.length;
    }

    function show() {
      var query = input.value, words = terms(query, true).length, docs = [], text = "";
      if (words && !index) {
        text = shared.state === "done" ? data.error || "" : data.loading || "";
      } else if (words) {
        var found = index.find(query, LIMIT);
        docs = found.docs;
        text = found.count ? count(found.count) : data.none || "";
        if (found.count > LIMIT && data.more) text += " " + data.more.replace("{n}", number.format(LIMIT));
      }
      list(docs);
      say(text);
    }

    function clear() {
      input.value = "";
      show();
      input.focus();
    }

    input.addEventListener("focus", function () {
      load(data.index, function (ix) { index = ix; if (input.value) show(); });
    });
    input.addEventListener("input", show);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = results.querySelector("a");
      if (first) first.focus();
    });
    form.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var links = Array.prototype.slice.call(results.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (event.key === "Escape" && input.value) {
        clear();
      } else if (event.key === "ArrowDown" && links.length) {
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        (at > 0 ? links[at - 1] : input).focus();
      } else {
        return;
      }
      event.preventDefault();
    });
  }

  window.timelineSearch = { fold: fold, terms: terms, Index: Index };
  document.querySelectorAll(".search[data-index]").forEach(setUp);
})();
