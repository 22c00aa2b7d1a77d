// Progressive enhancement only: every page works without this file.
// After a failed submit, move focus to the error summary so that screen-reader and keyboard
// users hear what went wrong first (GOV.UK's error-summary pattern).
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
});
