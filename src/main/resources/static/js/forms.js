// Forms of the guide: warn before leaving a page with changes that are not saved yet.
// Saving works without this file; it only adds the warning and the autosave status.
const form = document.querySelector('form[data-cm-form]');
if (form) {
  let dirty = false;
  form.addEventListener('input', () => { dirty = true; });
  form.addEventListener('change', () => { dirty = true; });
  form.addEventListener('submit', () => { dirty = false; });
  document.body.addEventListener('htmx:afterRequest', (event) => {
    if (event.detail.elt === form && event.detail.successful) {
      dirty = false;
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}
