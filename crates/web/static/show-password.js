// Progressive enhancement: a "show password" checkbox, shown only when this
// script runs (without JavaScript the field simply stays hidden).
document.querySelectorAll("[data-show-password]").forEach(function (box) {
  var field = document.getElementById(box.getAttribute("data-show-password"));
  if (!field) return;
  var wrapper = box.closest(".show-password");
  if (wrapper) wrapper.hidden = false;
  box.addEventListener("change", function () {
    field.type = box.checked ? "text" : "password";
  });
});
