// Progressive enhancement: two minutes before an idle session would end, offer
// to stay signed in, so nobody loses what they are typing (WCAG 2.2.1). Without
// JavaScript the warning stays hidden; a form sent after the session ended is
// met by a page that says what happened.
(function () {
  var box = document.getElementById("idle-warning");
  if (!box) return;
  var idle = parseInt(box.getAttribute("data-idle-seconds"), 10);
  if (!(idle > 0)) return;
  var warnAfter = Math.max(idle - 120, 30) * 1000;
  var form = box.querySelector("form");
  var timer;
  function arm() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      box.hidden = false;
      var button = box.querySelector("button");
      if (button) button.focus();
    }, warnAfter);
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
    }).then(function (response) {
      if (response.ok) {
        box.hidden = true;
        arm();
      } else {
        window.location.reload();
      }
    }, function () {
      window.location.reload();
    });
  });
  arm();
})();
