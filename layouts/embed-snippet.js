// The copy button of the index's "Embed this timeline" section. Without
// JavaScript the button stays hidden and the code can be selected by hand.
(function () {
  "use strict";
  var button = document.querySelector(".embed-code .copy");
  var code = document.getElementById("embed-snippet");
  var status = document.querySelector(".embed-code .copy-status");
  if (!button || !code) return;

  function selectCode() {
    var range = document.createRange();
    range.selectNodeContents(code);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function done(copied) {
    if (!copied) selectCode();
    if (status) {
      status.textContent = copied
        ? button.getAttribute("data-copied") || "Copied."
        : button.getAttribute("data-by-hand") || "Selected: press Ctrl+C or ⌘C to copy.";
    }
  }

  button.hidden = false;
  button.addEventListener("click", function () {
    var text = code.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    } else {
      done(false);
    }
  });
})();
