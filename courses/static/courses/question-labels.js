/* Questions and options labelled in the admin: "Question 1", "Option A", and the add
   buttons named "Add question" / "Add option" (visible text and accessible name).
   The lists are marked on the server by their blocks' form_classname (app-sf-questions,
   app-sf-options); this numbers their items and relabels on every change. */
(function () {
  "use strict";

  var LISTS = [
    { selector: ".app-sf-questions", noun: "question", label: function (n) { return "Question " + (n + 1); } },
    { selector: ".app-sf-options", noun: "option", label: function (n) { return "Option " + String.fromCharCode(65 + (n % 26)); } }
  ];

  function ownItems(list) {
    var container = list.querySelector(":scope > [data-streamfield-list-container], :scope > [data-streamfield-stream-container]");
    if (!container) { return []; }
    return Array.prototype.filter.call(container.children, function (child) {
      return child.querySelector(".c-sf-block__type") && !child.hasAttribute("aria-hidden");
    });
  }

  function ownButtons(list) {
    return Array.prototype.filter.call(list.querySelectorAll("button.c-sf-add-button"), function (button) {
      return button.closest(".app-sf-questions, .app-sf-options") === list;
    });
  }

  function relabel() {
    LISTS.forEach(function (kind) {
      document.querySelectorAll(kind.selector).forEach(function (list) {
        var n = 0;
        ownItems(list).forEach(function (item) {
          var type = item.querySelector(".c-sf-block__type");
          if (type && type.closest(".app-sf-questions, .app-sf-options") === list) {
            if (!type.hasAttribute("data-app-kind")) {
              type.setAttribute("data-app-kind", type.textContent.trim());
            }
            var kindName = type.getAttribute("data-app-kind");
            var text = kind.label(n);
            if (kindName && !/^(question|option)$/i.test(kindName)) { text += " (" + kindName + ")"; }
            if (type.textContent !== text) { type.textContent = text; }
            n += 1;
          }
        });
        ownButtons(list).forEach(function (button) {
          var name = "Add " + kind.noun;
          if (button.getAttribute("aria-label") !== name) {
            button.setAttribute("aria-label", name);
            button.setAttribute("title", name);
          }
          if (!button.querySelector(".app-sf-add-label")) {
            var span = document.createElement("span");
            span.className = "app-sf-add-label";
            span.textContent = name;
            button.appendChild(span);
          }
        });
      });
    });
  }

  var pending = false;
  function schedule() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; relabel(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    relabel();
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  });
})();
