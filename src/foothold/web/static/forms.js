// Form behaviours declared in markup (the Content-Security-Policy forbids inline event handlers):
// data-no-submit: a filter form that scripts read, never submitted; data-autosubmit: a select that submits its form.
document.querySelectorAll("form[data-no-submit]").forEach(function (form) {
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
});
document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
  select.addEventListener("change", function () { select.form.submit(); });
});
