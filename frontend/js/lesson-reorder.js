// Drag to reorder a course's lessons. The "Move up" / "Move down" buttons work without
// JavaScript and with a keyboard; dragging a row posts the whole new order with fetch.

function csrfToken(list) {
  const input = list.querySelector("input[name=csrfmiddlewaretoken]");
  return input ? input.value : "";
}

function renumber(list) {
  list.querySelectorAll("[data-lesson-id]").forEach((item, index) => {
    const number = item.querySelector(".app-lesson-list__number");
    if (number) number.textContent = `${index + 1}.`;
  });
}

for (const list of document.querySelectorAll('[data-module="app-lesson-reorder"]')) {
  if (list.hasAttribute("data-disabled")) continue;
  const status = document.querySelector("[data-reorder-status]");
  let dragged = null;
  list.addEventListener("dragstart", (event) => {
    dragged = event.target.closest("[data-lesson-id]");
    event.dataTransfer.effectAllowed = "move";
  });
  list.addEventListener("dragover", (event) => {
    const over = event.target.closest("[data-lesson-id]");
    if (!dragged || !over || over === dragged) return;
    event.preventDefault();
    const box = over.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    over.parentNode.insertBefore(dragged, after ? over.nextSibling : over);
  });
  list.addEventListener("drop", async (event) => {
    event.preventDefault();
    if (!dragged) return;
    dragged = null;
    renumber(list);
    const order = [...list.querySelectorAll("[data-lesson-id]")].map((i) => i.dataset.lessonId);
    const body = new FormData();
    body.append("order", order.join(","));
    const response = await fetch(list.dataset.reorderUrl, {
      method: "POST",
      body,
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken(list) },
      credentials: "same-origin",
    });
    if (status) {
      status.textContent = response.ok
        ? "Lesson order saved."
        : "The new order could not be saved. Reload the page and try again.";
    }
    if (response.ok) window.location.reload();
  });
}
