// Runs in embed.html. It presets the category filter from the address
// (embed.html?category=ID or embed.html#category=ID) and, when the page is
// framed, talks to the host page with window.parent.postMessage:
//   {"type": "timeline:height", "height": N}  the content is N CSS pixels
//     tall: sent on load, on resize, on filtering, whenever the height
//     changes (ResizeObserver) and when the host asks with
//     {"type": "timeline:request-height"};
//   {"type": "timeline:scroll", "top": N}  the event of the address
//     (embed.html#<id>) starts N CSS pixels below the top of the frame: sent
//     on load and when the address changes, so that a host that sized the
//     frame to its content can bring the event into view.
// Unframed (window.parent === window) it sends nothing.
(function () {
  "use strict";
  var category = new URLSearchParams(location.search).get("category") ||
    new URLSearchParams(location.hash.slice(1)).get("category");
  if (category) {
    document.querySelectorAll(".filter [data-filter]").forEach(function (button) {
      if (button.getAttribute("data-filter") === category) button.click();
    });
    // A deep link to an event the filter hides still shows the event.
    if (location.hash.length > 1) window.dispatchEvent(new Event("hashchange"));
  }

  if (window.parent === window) return;
  var root = document.documentElement;
  var last = -1;

  function postHeight(always) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    window.parent.postMessage({ type: "timeline:height", height: height }, "*");
  }

  function postTarget() {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return;
    }
    var target = id && document.getElementById(id);
    if (!target) return;
    var box = (target.closest(".entry") || target).getBoundingClientRect();
    postHeight(false);
    window.parent.postMessage({ type: "timeline:scroll", top: Math.max(0, Math.round(box.top + window.pageYOffset)) }, "*");
  }

  window.addEventListener("message", function (event) {
    if (event.source === window.parent && event.data && event.data.type === "timeline:request-height") postHeight(true);
  });
  window.addEventListener("resize", function () { postHeight(false); });
  window.addEventListener("hashchange", postTarget);
  window.addEventListener("load", function () {
    postHeight(true);
    postTarget();
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-filter]")) postHeight(false);
  });
  if ("ResizeObserver" in window) {
    new ResizeObserver(function () { postHeight(false); }).observe(root);
  }
  postHeight(true);
})();
