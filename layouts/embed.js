// embed.js sizes embedded timelines to their content. Load it once on a
// page that shows one or more iframes of a timeline's embed.html:
//   <iframe src="https://example.org/timeline/embed.html" title="…"
//     style="width:100%;height:600px;border:0" data-timeline-embed></iframe>
//   <script src="https://example.org/timeline/embed.js" async></script>
// An iframe counts as an embed when it has the data-timeline-embed attribute
// or its src names embed.html. The script accepts messages only from the
// windows of those iframes (event.source, whatever their origin):
//   {"type": "timeline:height", "height": N}  sets the iframe's height;
//   {"type": "timeline:scroll", "top": N}  brings the point N pixels below
//     the iframe's top into view, if the iframe is in view;
// and asks each embed for its height with {"type": "timeline:request-height"}
// when it starts and whenever an embed loads. No dependencies.
(function () {
  "use strict";
  // Loading the script twice (two snippets on one page) is harmless.
  if (window.timelineEmbedLoaded) return;
  window.timelineEmbedLoaded = true;

  function isEmbed(frame) {
    if (frame.hasAttribute("data-timeline-embed")) return true;
    var src = (frame.getAttribute("src") || "").split(/[?#]/)[0];
    return /(^|\/)embed\.html$/.test(src);
  }

  // The embed iframe whose window is source, or null.
  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source && isEmbed(frames[i])) return frames[i];
    }
    return null;
  }

  function number(value) {
    return typeof value === "number" && isFinite(value) && value >= 0;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || !event.source) return;
    if (data.type !== "timeline:height" && data.type !== "timeline:scroll") return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (data.type === "timeline:height" && number(data.height)) {
      frame.style.height = Math.ceil(data.height) + "px";
    } else if (data.type === "timeline:scroll" && number(data.top)) {
      var box = frame.getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight) window.scrollBy(0, box.top + data.top);
    }
  });

  function ask(frame) {
    if (isEmbed(frame) && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: "timeline:request-height" }, "*");
    }
  }
  // load does not bubble, but it can be caught on its way down.
  document.addEventListener("load", function (event) {
    if (event.target.tagName === "IFRAME") ask(event.target);
  }, true);
  Array.prototype.forEach.call(document.getElementsByTagName("iframe"), ask);
})();
