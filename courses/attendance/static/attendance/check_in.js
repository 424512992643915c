// QR check-in screen (and its projector mode): fetch a fresh signed code when the current one is about to
// change, the short code for phones that cannot scan, and the live count and list of who has checked in.
(function () {
  "use strict";
  var root = document.getElementById("check-in");
  if (!root) return;
  var box = document.getElementById("qr-box");
  var seconds = document.getElementById("qr-seconds");
  var count = document.getElementById("live-count");
  var total = document.getElementById("live-total");
  var latest = document.getElementById("live-latest");
  var statusBox = document.getElementById("check-in-status");
  var shortCode = document.getElementById("qr-short");
  var fullscreen = document.getElementById("fullscreen");
  if (fullscreen && document.documentElement.requestFullscreen) {
    fullscreen.hidden = false;
    fullscreen.addEventListener("click", function () {
      if (document.fullscreenElement) { document.exitFullscreen(); }
      else { document.documentElement.requestFullscreen().catch(function () {}); }
    });
  }
  var left = Number(seconds.textContent) || Number(root.dataset.rotate) || 30;
  var sinceCount = 0;

  function refresh() {
    fetch(root.dataset.codeUrl, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (!data.ok) throw new Error(data.error);
        box.innerHTML = data.svg;
        left = data.expires_in;
        if (shortCode) shortCode.textContent = data.short_code;
        count.textContent = data.live.count;
        total.textContent = data.live.confirmed;
        latest.innerHTML = "";
        data.live.latest.forEach(function (item) {
          var li = document.createElement("li");
          li.textContent = item.time + " · " + item.name;
          latest.appendChild(li);
        });
        statusBox.textContent = "";
      })
      .catch(function (error) { statusBox.textContent = error.message || root.dataset.msgOffline; left = 3; });
  }

  setInterval(function () {
    left -= 1;
    sinceCount += 1;
    if (left <= 0 || sinceCount >= 5) { sinceCount = 0; refresh(); }
    seconds.textContent = Math.max(left, 0);
  }, 1000);
})();
