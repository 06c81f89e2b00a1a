// The players of other sites that an event page embeds load only when a
// reader asks: the page shows a link to the media and a button; the click
// replaces the link with the provider's player, whose host the page's
// Content-Security-Policy allows in frame-src and nothing more.
(function () {
  var players = document.querySelectorAll(".player[data-embed]");
  Array.prototype.forEach.call(players, function (player) {
    var button = player.querySelector(".play");
    var src = player.getAttribute("data-embed");
    if (!button || src.indexOf("https://") !== 0) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = src + (src.indexOf("?") < 0 ? "?" : "&") + "autoplay=1";
      frame.title = player.getAttribute("data-title");
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      player.querySelector(".card").replaceWith(frame);
      button.remove();
      frame.focus();
    });
  });
})();
