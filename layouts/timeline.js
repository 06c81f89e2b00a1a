// Enhances the timeline: the category filter, keyboard movement between
// events (j / k), deep links to #<id> and the present day on the overview.
// Without it every event shows.
(function () {
  "use strict";
  var filter = document.querySelector(".filter");
  var entries = Array.prototype.slice.call(document.querySelectorAll(".entry"));
  var status = document.querySelector(".filter-status");
  var lang = document.documentElement.lang;
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang) : null;

  // say returns the status for count events, shown of them: from the
  // page's words in its language (data-all-one, data-some-other…), else
  // in English.
  function say(name, count, shown) {
    var form = plurals ? plurals.select(count) : count === 1 ? "one" : "other";
    var text = status.getAttribute("data-" + name + "-" + form) || status.getAttribute("data-" + name + "-other");
    if (!text) {
      text = name === "all"
        ? (count === 1 ? "Showing {count} event" : "Showing all {count} events")
        : "Showing {shown} of {count}" + (count === 1 ? " event" : " events");
    }
    function number(n) { return numbers ? numbers.format(n) : String(n); }
    return text.replace("{count}", number(count)).replace("{shown}", number(shown));
  }

  function apply(category) {
    var shown = 0;
    entries.forEach(function (entry) {
      var match = !category || entry.getAttribute("data-category") === category;
      entry.hidden = !match;
      if (match) shown++;
    });
    document.querySelectorAll(".year").forEach(function (year) {
      year.hidden = !year.querySelector(".entry:not([hidden])");
    });
    document.querySelectorAll(".overview-svg .item").forEach(function (item) {
      var id = item.getAttribute("href").split("#")[1];
      var entry = document.getElementById(id);
      item.classList.toggle("dim", !!entry && !!entry.closest(".entry[hidden]"));
    });
    if (filter) {
      filter.querySelectorAll("[data-filter]").forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.getAttribute("data-filter") === category));
      });
    }
    if (status) {
      status.textContent = category ? say("some", entries.length, shown) : say("all", entries.length, shown);
    }
  }

  if (filter) {
    filter.hidden = false;
    filter.addEventListener("click", function (event) {
      var button = event.target.closest("[data-filter]");
      if (button) apply(button.getAttribute("data-filter"));
    });
  }

  // A deep link to a hidden event clears the filter so the event shows.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.closest(".entry[hidden]")) {
      apply("");
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", reveal);
  reveal();

  // The present day on the overview, drawn when the page is viewed: the
  // page is built once and read on any day after. data-today holds the
  // days (since 1970-01-01) at the two ends of the axis, where they lie,
  // and the top and bottom of the line; a day beyond the axis draws none.
  var svgNS = "http://www.w3.org/2000/svg";
  document.querySelectorAll(".overview-svg[data-today]").forEach(function (svg) {
    var at = svg.getAttribute("data-today").split(" ").map(Number);
    var now = new Date();
    var day = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 864e5 + 0.5;
    if (!(day >= at[0] && day <= at[1])) return;
    var x = at[2] + (at[3] - at[2]) * (day - at[0]) / (at[1] - at[0]);
    var figure = svg.closest(".overview");
    var word = (figure && figure.getAttribute("data-today-word")) || "Today";
    var g = document.createElementNS(svgNS, "g");
    g.setAttribute("class", "today");
    g.setAttribute("role", "img");
    g.setAttribute("aria-label", word + ", " + now.toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" }));
    var line = document.createElementNS(svgNS, "line");
    line.setAttribute("x1", x);
    line.setAttribute("x2", x);
    line.setAttribute("y1", at[4]);
    line.setAttribute("y2", at[5]);
    // The label goes beside the line, on its left near the drawing's right.
    var label = document.createElementNS(svgNS, "text");
    var left = x + 4 + word.length * 8 > svg.viewBox.baseVal.width - 2;
    label.setAttribute("x", left ? x - 4 : x + 4);
    label.setAttribute("y", at[4] + 11);
    if (left) label.setAttribute("class", "end");
    label.textContent = word;
    g.appendChild(line);
    g.appendChild(label);
    svg.insertBefore(g, svg.querySelector(":scope > .item")); // behind the marks
    // A patch of the surface under the label keeps it legible over bands.
    var box = label.getBBox();
    var patch = document.createElementNS(svgNS, "rect");
    patch.setAttribute("x", box.x - 2);
    patch.setAttribute("y", box.y);
    patch.setAttribute("width", box.width + 4);
    patch.setAttribute("height", box.height);
    g.insertBefore(patch, label);
  });

  // j and k move to the next and previous visible event.
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || (event.key !== "j" && event.key !== "k")) return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) return;
    var visible = entries.filter(function (entry) { return !entry.hidden; });
    if (!visible.length) return;
    var current = -1;
    visible.forEach(function (entry, i) {
      if (entry.getBoundingClientRect().top <= 80) current = i;
    });
    var next = visible[Math.max(0, Math.min(visible.length - 1, current + (event.key === "j" ? 1 : -1)))];
    var link = next.querySelector(".event-title a");
    next.scrollIntoView({ block: "start" });
    if (link) link.focus({ preventScroll: true });
    history.replaceState(null, "", "#" + next.querySelector("article").id);
  });
})();
