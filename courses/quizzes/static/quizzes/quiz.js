/* Taking a quiz: save each answer as it is chosen (fetch + CSRF), count down to the server's deadline.
   No library, no CDN. The server enforces the deadline; this script only shows it and submits in time. */
(function () {
  "use strict";
  var form = document.getElementById("quiz-form");
  if (!form) { return; }
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var url = form.getAttribute("data-answer-url");
  var pending = {};      // question id -> true while a save is queued or failed
  var chain = Promise.resolve();
  var submitting = false;
  document.getElementById("quiz-js").value = "1";

  function status(fieldset, text, isError) {
    var el = fieldset.querySelector(".quiz-status");
    if (el) { el.textContent = text; el.classList.toggle("quiz-status-error", !!isError); }
  }

  function selected(fieldset) {
    var values = [];
    fieldset.querySelectorAll("input:checked").forEach(function (input) { values.push(parseInt(input.value, 10)); });
    return values;
  }

  function save(fieldset) {
    var question = parseInt(fieldset.getAttribute("data-question"), 10);
    pending[question] = true;
    status(fieldset, form.getAttribute("data-saving-text"));
    chain = chain.then(function () {
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
        body: JSON.stringify({ question: question, choices: selected(fieldset) })
      }).then(function (response) {
        if (response.ok) {
          delete pending[question];
          status(fieldset, form.getAttribute("data-saved-text"));
          return;
        }
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (response.status === 409) {
            // Closed (submitted elsewhere or time is up): the review page says what happened.
            window.location.reload();
            return;
          }
          status(fieldset, data.message || form.getAttribute("data-error-text"), true);
        });
      }).catch(function () {
        status(fieldset, form.getAttribute("data-error-text"), true);
      });
    });
    return chain;
  }

  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset[data-question]");
    if (fieldset) { save(fieldset); }
  });

  // Answers that failed to save are sent again when the connection comes back.
  window.addEventListener("online", function () {
    Object.keys(pending).forEach(function (question) {
      var fieldset = document.getElementById("question-" + question);
      if (fieldset) { save(fieldset); }
    });
  });

  function submitNow() {
    submitting = true;
    // With JS the answers are already saved one by one; fall back to sending them with the form if any failed.
    if (Object.keys(pending).length) { document.getElementById("quiz-js").value = "0"; }
    var button = form.querySelector("button[value=submit]");
    var action = document.createElement("input");
    action.type = "hidden"; action.name = "action"; action.value = "submit";
    form.appendChild(action);
    if (button) { button.disabled = true; }
    HTMLFormElement.prototype.submit.call(form);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (submitting) { return; }
    var unanswered = Array.prototype.filter.call(form.querySelectorAll("fieldset[data-question]"), function (fs) {
      return selected(fs).length === 0;
    }).length;
    var message = form.getAttribute("data-confirm-text");
    if (unanswered) { message = form.getAttribute("data-unanswered-text") + " " + message; }
    if (!window.confirm(message)) { return; }
    chain.then(submitNow, submitNow);
  });

  var timer = document.getElementById("quiz-timer");
  if (timer) {
    var value = document.getElementById("quiz-timer-value");
    var alertBox = document.getElementById("quiz-timer-alert");
    // Count from the seconds the server computed, not the device clock (which may be wrong).
    var endsAt = Date.now() + parseInt(timer.getAttribute("data-seconds-left"), 10) * 1000;
    var warned = false;
    var tick = function () {
      var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      var h = Math.floor(left / 3600), m = Math.floor((left % 3600) / 60), s = left % 60;
      value.textContent = (h ? h + ":" : "") + (h && m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
      if (left <= 60 && !warned) { warned = true; timer.classList.add("quiz-timer-low"); }
      if (left === 0) {
        clearInterval(handle);
        if (alertBox) { alertBox.textContent = form.getAttribute("data-timeout-text"); }
        if (!submitting) { chain.then(submitNow, submitNow); }
      }
    };
    var handle = setInterval(tick, 1000);
    tick();
  }
})();
