// Roll call: one click saves a status, a changed note saves on leaving the field; search filters rows.
(function () {
  "use strict";
  var root = document.getElementById("roll-call");
  if (!root) return;
  var csrf = root.querySelector("input[name=csrfmiddlewaretoken]").value;
  var statusBox = document.getElementById("roll-status");
  var rows = Array.prototype.slice.call(root.querySelectorAll(".attendance-row"));
  var byId = {};
  rows.forEach(function (row) { byId[row.dataset.enrolment] = row; });
  var KEYS = { "1": "present", "2": "late", "3": "excused", "4": "absent" };

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function say(message, isError) {
    statusBox.textContent = message;
    statusBox.classList.toggle("attendance-live--error", !!isError);
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "X-Requested-With": "fetch" },
      body: JSON.stringify(body || {}),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok || !data.ok) throw new Error(data.error || root.dataset.msgError);
        return data;
      });
    });
  }

  function paint(record) {
    var row = byId[String(record.enrolment)];
    if (!row) return;
    row.dataset.status = record.status || "";
    row.querySelectorAll(".attendance-button").forEach(function (button) {
      button.setAttribute("aria-pressed", button.dataset.status === record.status ? "true" : "false");
    });
    var note = row.querySelector(".attendance-note");
    if (document.activeElement !== note) note.value = record.note || "";
    note.dataset.saved = note.value;
    row.querySelector(".attendance-marked").textContent = record.marked || "";
  }

  function recount() {
    var counts = { present: 0, late: 0, excused: 0, absent: 0, none: 0 };
    rows.forEach(function (row) { counts[row.dataset.status || "none"] += 1; });
    root.querySelectorAll("[data-count]").forEach(function (el) { el.textContent = counts[el.dataset.count]; });
  }

  function setStatus(row, status) {
    var previous = row.dataset.status;
    paint({ enrolment: row.dataset.enrolment, status: status, note: row.querySelector(".attendance-note").value,
            marked: row.querySelector(".attendance-marked").textContent });
    row.classList.add("attendance-row--saving");
    recount();
    post(root.dataset.markUrl, { enrolment: Number(row.dataset.enrolment), status: status })
      .then(function (data) { paint(data.record); say(root.dataset.msgSaved); })
      .catch(function (error) {
        paint({ enrolment: row.dataset.enrolment, status: previous, note: row.querySelector(".attendance-note").value });
        say(error.message, true);
      })
      .then(function () { row.classList.remove("attendance-row--saving"); recount(); });
  }

  function saveNote(row, input) {
    if (input.value === (input.dataset.saved || "")) return;
    var body = { enrolment: Number(row.dataset.enrolment), note: input.value };
    post(root.dataset.markUrl, body)
      .then(function (data) { input.dataset.saved = input.value; paint(data.record); say(root.dataset.msgSaved); })
      .catch(function (error) { say(error.message, true); });
  }

  function visibleRows() { return rows.filter(function (row) { return !row.hidden; }); }

  function moveFocus(row, step, status) {
    var list = visibleRows();
    var next = list[list.indexOf(row) + step];
    if (!next) return;
    var target = next.querySelector('.attendance-button[data-status="' + (status || next.dataset.status || "present") + '"]');
    (target || next.querySelector(".attendance-button")).focus();
  }

  rows.forEach(function (row) {
    var note = row.querySelector(".attendance-note");
    note.dataset.saved = note.value;
    row.addEventListener("click", function (event) {
      var button = event.target.closest(".attendance-button");
      if (button) setStatus(row, button.dataset.status);
    });
    note.addEventListener("change", function () { saveNote(row, note); });
    note.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); saveNote(row, note); }
    });
    row.addEventListener("keydown", function (event) {
      if (event.target === note || event.altKey || event.ctrlKey || event.metaKey) return;
      if (KEYS[event.key]) {
        event.preventDefault();
        setStatus(row, KEYS[event.key]);
        var pressed = row.querySelector('.attendance-button[data-status="' + KEYS[event.key] + '"]');
        if (pressed) pressed.focus();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var current = event.target.dataset && event.target.dataset.status;
        moveFocus(row, event.key === "ArrowDown" ? 1 : -1, current);
      }
    });
  });

  var search = document.getElementById("roll-search");
  var empty = document.getElementById("roll-empty");
  search.addEventListener("input", function () {
    var words = fold(search.value).split(" ").filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.dataset.search;
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !match;
      if (match) shown += 1;
    });
    empty.hidden = shown > 0;
  });

  var markAll = document.getElementById("mark-all");
  markAll.addEventListener("click", function () {
    markAll.disabled = true;
    post(root.dataset.markAllUrl, {})
      .then(function (data) {
        data.records.forEach(paint);
        say(root.dataset.msgMarkedAll.replace("%(count)s", data.created));
      })
      .catch(function (error) { say(error.message, true); })
      .then(function () { markAll.disabled = false; recount(); });
  });

  recount();
})();
