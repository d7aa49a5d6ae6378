(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-kind]"));
  var followers = Array.prototype.slice.call(document.querySelectorAll("[data-follows]"));
  var notes = Array.prototype.slice.call(document.querySelectorAll("[data-empty-for]"));
  var count = document.getElementById("filter-count");
  var totals = { conflict: 0, fact: 0, article: 0 };
  var texts = items.map(function (item) {
    totals[item.dataset.kind] += 1;
    return item.textContent.toLowerCase();
  });

  function checked(name) {
    var on = {};
    form.querySelectorAll("input[name='" + name + "']").forEach(function (box) { on[box.value] = box.checked; });
    return on;
  }

  function apply() {
    var status = checked("status");
    var severity = checked("severity");
    var words = form.elements.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = { conflict: 0, fact: 0, article: 0 };
    items.forEach(function (item, index) {
      var text = texts[index];
      var show = words.every(function (word) { return text.indexOf(word) >= 0; });
      if (item.dataset.kind === "conflict") {
        show = show && status[item.dataset.status] && severity[item.dataset.severity];
      }
      item.classList.toggle("filtered-out", !show);
      if (show) { shown[item.dataset.kind] += 1; }
    });
    followers.forEach(function (row) {
      var leader = document.getElementById(row.dataset.follows);
      row.classList.toggle("filtered-out", !!leader && leader.classList.contains("filtered-out"));
    });
    notes.forEach(function (note) {
      var kind = note.dataset.emptyFor;
      note.hidden = !(totals[kind] > 0 && shown[kind] === 0);
    });
    count.textContent = "Showing " + shown.conflict + " of " + totals.conflict + " conflicts, " +
      shown.fact + " of " + totals.fact + " facts, " + shown.article + " of " + totals.article + " articles.";
  }

  function reveal() {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.closest(".filtered-out")) {
      form.reset();
      apply();
      target.scrollIntoView();
    }
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  window.addEventListener("hashchange", reveal);
  form.hidden = false;
  apply();
}());
