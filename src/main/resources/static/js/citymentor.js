// Runs GOV.UK Frontend's components from a file of ours (no inline script, see the CSP).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

// GOV.UK's components speak English; the character count also speaks Dutch here.
const dutch = document.documentElement.lang === 'nl';
const config = dutch ? {
  characterCount: {
    i18n: {
      charactersUnderLimit: { one: 'Je hebt nog %{count} teken over', other: 'Je hebt nog %{count} tekens over' },
      charactersAtLimit: 'Je hebt 0 tekens over',
      charactersOverLimit: { one: 'Je hebt %{count} teken te veel', other: 'Je hebt %{count} tekens te veel' },
      textareaDescription: { other: 'Je kunt tot %{count} tekens invullen' }
    }
  }
} : {};
initAll(config);

// A form loaded in place (an action of a plan edited inline): start GOV.UK's components in it
// and move the focus to its first field, so keyboard and screen-reader users land in it.
document.body.addEventListener('htmx:afterSwap', (event) => {
  const form = event.detail.target.querySelector('#action-form form');
  if (!form) {
    return;
  }
  initAll({ ...config, scope: event.detail.target });
  const first = form.querySelector('input:not([type=hidden]), textarea, select');
  if (first) {
    first.focus();
  }
});
