// Knowledge checks answer in place when JavaScript is on: the form posts with fetch and the
// server's feedback (the same HTML the no-JavaScript page shows) replaces the feedback area.
// Without JavaScript the form posts normally and the lesson page reloads at the question.

function showError(feedback, message) {
  feedback.replaceChildren();
  const p = document.createElement("p");
  p.className = "govuk-error-message";
  const hidden = document.createElement("span");
  hidden.className = "govuk-visually-hidden";
  hidden.textContent = "Error: ";
  p.append(hidden, message);
  feedback.append(p);
}

async function answer(form, event) {
  event.preventDefault();
  const feedback = form.querySelector("[data-feedback]");
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const data = await response.json();
    if (!response.ok) {
      showError(feedback, data.error || "Your answer could not be checked. Try again.");
      return;
    }
    // The HTML comes from our own server-rendered template (escaped by Django).
    feedback.innerHTML = data.html;
  } catch {
    form.submit();
  } finally {
    button.disabled = false;
  }
}

for (const form of document.querySelectorAll('form[data-module="app-knowledge-check"]')) {
  if (form.action) form.addEventListener("submit", (event) => answer(form, event));
}
