/* The quiz's question navigator: keeps each question's answered/not answered mark and the count
   ("Đã trả lời 7/15") in step with the answers as they are chosen. The server renders both on load, so
   without JavaScript the navigator still shows the saved state and its links still jump to the questions. */
(function () {
  "use strict";
  var form = document.getElementById("quiz-form");
  var nav = document.getElementById("quiz-nav");
  if (!form || !nav) { return; }
  var countEl = nav.querySelector("[data-quiz-answered]");
  var answeredText = nav.getAttribute("data-answered-text");
  var unansweredText = nav.getAttribute("data-unanswered-text");

  function refresh() {
    var answered = 0;
    form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
      var done = fieldset.querySelector("input:checked") !== null;
      if (done) { answered += 1; }
      var item = nav.querySelector('[data-nav-for="' + fieldset.getAttribute("data-question") + '"]');
      if (!item) { return; }
      item.classList.toggle("is-answered", done);
      var state = item.querySelector("[data-nav-state]");
      if (state) { state.textContent = " — " + (done ? answeredText : unansweredText); }
    });
    if (countEl) { countEl.textContent = String(answered); }
  }

  form.addEventListener("change", refresh);
  refresh();
})();
