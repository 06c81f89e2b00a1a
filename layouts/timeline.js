// Enhances the timeline: the category filter, keyboard movement between
// events (j / k) and deep links to #<id>. Without it every event shows.
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
