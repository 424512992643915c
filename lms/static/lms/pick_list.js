// Pick lists (lms.widgets.PickList): filter the tick boxes as one types, accents optional, and count the ticked.
(function () {
  "use strict";
  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function enhance(box) {
    var filter = box.querySelector("[data-pick-list-filter]");
    var count = box.querySelector("[data-pick-list-count]");
    var items = Array.prototype.map.call(box.querySelectorAll("[data-pick-list-item]"), function (item) {
      return { item: item, key: fold(item.textContent) };
    });
    var groups = box.querySelectorAll("[data-pick-list-group]");
    filter.hidden = false;
    filter.addEventListener("input", function () {
      var words = fold(filter.value).split(/\s+/).filter(Boolean);
      items.forEach(function (entry) {
        entry.item.hidden = !words.every(function (word) { return entry.key.indexOf(word) !== -1; });
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-pick-list-item]:not([hidden])");
      });
    });
    box.addEventListener("change", function () {
      count.textContent = box.querySelectorAll("input[type=checkbox]:checked").length;
    });
  }
  function enhanceAll() {
    document.querySelectorAll("[data-pick-list]").forEach(enhance);
  }
  // Wagtail puts a screen's scripts in the page's head: wait for the body.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhanceAll);
  } else {
    enhanceAll();
  }
})();
