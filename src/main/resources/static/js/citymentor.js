// Runs GOV.UK Frontend's components from a file of ours (no inline script, see the CSP).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
