// The session form: deleting a day of the programme asks first, naming the day. Wagtail's inline panel
// removes the day at once (it goes for good when the session is saved), so a slip of the finger is caught
// here, before the panel hears the click.
(function () {
  "use strict";
  var script = document.currentScript;
  var question = script && script.dataset.question;
  if (!question) return;
  document.addEventListener(
    "click",
    function (event) {
      var button = event.target.closest && event.target.closest("button[id^='id_days-'][id$='-DELETE-button']");
      if (!button) return;
      var prefix = button.id.replace(/-DELETE-button$/, "");
      var date = document.getElementById(prefix + "-date");
      var topic = document.getElementById(prefix + "-topic");
      var day = [date && date.value, topic && topic.value].filter(Boolean).join(" · ") || "?";
      if (!window.confirm(question.replace("__DAY__", day))) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true
  );
})();
