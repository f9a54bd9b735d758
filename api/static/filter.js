// NRI Registry: the site's only script, and no page needs it. Each search
// field with `data-filters="ID"` (hidden until this runs) filters the
// checkboxes in the element ID as the reader types: a label stays visible when
// its text contains what was typed (ignoring case and accents) or its box is
// ticked. Enter in the field does not send the form.
"use strict";
(function () {
  function plain(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase().trim();
  }
  document.querySelectorAll("input[data-filters]").forEach(function (input) {
    var list = document.getElementById(input.dataset.filters);
    if (!list || input.dataset.ready) return;
    input.dataset.ready = "1";
    var field = input.closest("[hidden]");
    if (field) field.hidden = false;
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") e.preventDefault();
    });
    input.addEventListener("input", function () {
      var q = plain(input.value);
      list.querySelectorAll("label").forEach(function (label) {
        var box = label.querySelector("input");
        label.hidden = q !== "" && !(box && box.checked) && plain(label.textContent).indexOf(q) < 0;
      });
    });
  });
})();
