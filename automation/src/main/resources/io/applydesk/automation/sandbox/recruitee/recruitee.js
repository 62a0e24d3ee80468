// Practice replica of a Recruitee careers site's application form: shows the chosen CV, posts the form
// as multipart to /api/offers/{slug}/candidates and shows the answer (thank-you state or 422 errors).
(function () {
  'use strict';
  const form = document.querySelector('form.application-form');
  if (!form) return;
  const alertBox = form.querySelector('.form-alert');
  const submit = form.querySelector('.submit-button');
  const cv = form.querySelector('input[name="candidate[cv]"]');
  if (cv) {
    const zone = cv.closest('.dropzone');
    zone.addEventListener('click', () => cv.click());
    cv.addEventListener('change', () => {
      const shown = zone.querySelector('[data-cv-filename]');
      shown.textContent = cv.files.length ? cv.files[0].name : '';
      shown.hidden = !cv.files.length;
      zone.querySelector('.dropzone-hint').hidden = cv.files.length > 0;
    });
  }

  function fieldError(key, message) {
    const field = form.querySelector('[data-field="' + key + '"]');
    if (!field) return;
    const error = document.createElement('p');
    error.className = 'field-error';
    error.setAttribute('role', 'alert');
    error.textContent = message;
    field.append(error);
  }

  function toast(message) {
    const node = document.createElement('div');
    node.className = 'toast';
    node.setAttribute('role', 'status');
    node.textContent = message;
    document.body.append(node);
  }

  function done() {
    submit.disabled = false;
    submit.textContent = 'Submit application';
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    form.querySelectorAll('.field-error').forEach(error => error.remove());
    alertBox.hidden = true;
    submit.disabled = true;
    submit.textContent = 'Sending…';
    fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } })
      .then(response => {
        if (response.status === 201) {
          const company = document.querySelector('main.offer').dataset.company;
          const thanks = document.createElement('div');
          thanks.className = 'application-thank-you';
          thanks.setAttribute('role', 'status');
          thanks.innerHTML = '<h2>Thank you for applying!</h2><p></p>';
          thanks.querySelector('p').textContent = 'Your application has been sent to ' + company + '.';
          form.replaceWith(thanks);
          return;
        }
        done();
        if (response.status !== 422) {
          toast('Something went wrong. Please try again later.');
          return;
        }
        response.json().then(answer => {
          const errors = answer.errors || {};
          alertBox.textContent = (errors.base || ['Please correct the errors below.']).join(' ');
          alertBox.hidden = false;
          Object.entries(errors).filter(([key]) => key !== 'base')
            .forEach(([key, messages]) => fieldError(key, messages.join(', ')));
        });
      }, () => {
        done();
        toast('Something went wrong. Please try again later.');
      });
  });
}());
