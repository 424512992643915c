// Progressive enhancements; every page works without this script.
(function () {
  "use strict";
  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  // Embedded videos: the provider's ratio, set through the CSSOM (the CSP forbids inline style attributes).
  document.querySelectorAll(".responsive-object[data-embed-ratio]").forEach(function (box) {
    if (/^[0-9.]+%$/.test(box.dataset.embedRatio)) { box.style.paddingBottom = box.dataset.embedRatio; }
  });
  // Type-to-filter box above long <select> lists (work units); diacritics are optional when typing.
  document.querySelectorAll("select[data-searchable]").forEach(function (select) {
    var input = document.createElement("input");
    input.type = "search";
    input.className = "select-search";
    input.setAttribute("aria-controls", select.id);
    var label = select.labels && select.labels[0] ? select.labels[0].textContent.trim() : "";
    input.setAttribute("aria-label", (document.documentElement.lang === "en" ? "Filter: " : "Lọc: ") + label);
    input.placeholder = document.documentElement.lang === "en" ? "Type to filter…" : "Gõ để lọc (có thể không dấu)…";
    select.parentNode.insertBefore(input, select);
    var options = Array.prototype.slice.call(select.options).map(function (option) {
      return { option: option, key: fold(option.textContent) };
    });
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var firstMatch = null;
      options.forEach(function (item) {
        var match = !item.option.value || words.every(function (w) { return item.key.indexOf(w) !== -1; });
        item.option.hidden = !match;
        if (match && item.option.value && !firstMatch) { firstMatch = item.option; }
      });
      var current = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : null;
      if (words.length && firstMatch && (!current || !current.value || current.hidden)) {
        firstMatch.selected = true;
      }
    });
  });
})();
