// Runs GOV.UK Frontend's components from a file of ours (no inline script, see the CSP).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A form loaded in place (an action of a plan edited inline): start GOV.UK's components in it
// and move the focus to its first field, so keyboard and screen-reader users land in it.
document.body.addEventListener('htmx:afterSwap', (event) => {
  const form = event.detail.target.querySelector('#action-form form');
  if (!form) {
    return;
  }
  initAll({ scope: event.detail.target });
  const first = form.querySelector('input:not([type=hidden]), textarea, select');
  if (first) {
    first.focus();
  }
});
