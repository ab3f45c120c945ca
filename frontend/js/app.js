// Progressive enhancement only: every page works without this file.
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("govuk-frontend-supported");
}
initAll();

// H5P activities: size each frame to its content, and say so on the lesson when the
// activity could not be loaded (the player page, in an opaque origin, tells us both).
window.addEventListener("message", function (event) {
  var message = event.data;
  if (!message || message.source !== "nml-h5p") return;
  var frames = document.querySelectorAll("iframe.app-h5p__frame");
  var frame = Array.prototype.find.call(frames, function (f) {
    return f.contentWindow === event.source;
  });
  if (!frame) return;
  if (typeof message.height === "number" && message.height > 0) {
    frame.style.height = Math.min(Math.max(message.height, 120), 20000) + "px";
    frame.classList.add("app-h5p__frame--sized");
  }
  if (message.status === "failed" && !frame.nextElementSibling?.matches(".app-h5p__failed")) {
    var warning = document.createElement("div");
    warning.className = "govuk-warning-text app-h5p__failed";
    warning.setAttribute("role", "alert");
    warning.innerHTML =
      '<span class="govuk-warning-text__icon" aria-hidden="true">!</span>' +
      '<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning' +
      "</span>This activity could not be loaded. Reload the page to try again; if it " +
      "still does not load, tell your trainer.</strong>";
    frame.insertAdjacentElement("afterend", warning);
  }
});
