// The BambooHR replica's application form: reveal on "Apply for This Job", the styled resume button,
// required-field checks in the browser, the multipart POST and its JSON verdict.
(() => {
  const section = document.querySelector('.CareersApplication');
  const form = section.querySelector('form');
  const toast = section.querySelector('.fab-Toast--error');
  const submit = form.querySelector('button[type=submit]');
  const applyButton = document.querySelector('[data-apply-button]');

  applyButton.addEventListener('click', () => {
    section.hidden = false;
    applyButton.hidden = true;
    section.scrollIntoView();
  });

  form.querySelectorAll('.fab-FileUpload').forEach(box => {
    const input = box.querySelector('input[type=file]');
    box.querySelector('button').addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      box.querySelector('.fab-FileUpload__name').textContent = input.files.length ? input.files[0].name : '';
      setError(input.name, '');
    });
  });

  const wrapper = name => form.querySelector(`.fab-FormField[data-field="${CSS.escape(name)}"]`);

  function setError(name, message) {
    const field = wrapper(name);
    if (!field) {
      return;
    }
    const slot = field.querySelector('.fab-FormField__error');
    slot.textContent = message;
    slot.hidden = !message;
    field.classList.toggle('fab-FormField--error', !!message);
  }

  function showToast(message) {
    toast.textContent = message;
    toast.hidden = !message;
  }

  function isFilled(field) {
    const controls = [...field.querySelectorAll('input, select, textarea')];
    return controls.some(c => c.type === 'file' ? c.files.length > 0
      : c.type === 'radio' ? c.checked : c.value.trim() !== '');
  }

  form.addEventListener('input', event => setError(event.target.name, ''));
  form.addEventListener('change', event => setError(event.target.name, ''));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    showToast('');
    const missing = [...form.querySelectorAll('.fab-FormField[data-required]')].filter(f => !isFilled(f));
    missing.forEach(f => setError(f.dataset.field, 'This field is required.'));
    if (missing.length) {
      showToast('Please fill in all required fields.');
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Submitting...';
    let response;
    try {
      response = await fetch(form.action, { method: 'POST', body: new FormData(form) });
    } catch (e) {
      response = null;
    }
    submit.disabled = false;
    submit.textContent = 'Submit Application';
    if (!response || response.status >= 500) {
      showToast('Something went wrong on our end. Please try again later.');
      return;
    }
    const verdict = await response.json();
    if (verdict.success) {
      form.hidden = true;
      section.querySelector('#apply-heading').hidden = true;
      section.querySelector('.CareersApplication__confirmation').hidden = false;
      return;
    }
    showToast(verdict.message);
    Object.entries(verdict.errors || {}).forEach(([name, message]) => setError(name, message));
    if (verdict.captcha) {
      showChallenge();
    }
  });

  // Practice stand-in for the reCAPTCHA challenge a person can pass: ticking it puts a token into the form
  // (in the field reCAPTCHA uses), and the candidate submits again.
  function showChallenge() {
    if (form.querySelector('.g-recaptcha')) {
      return;
    }
    const widget = document.createElement('div');
    widget.className = 'g-recaptcha';
    widget.innerHTML = '<label><input type="checkbox"> I\u2019m not a robot</label>'
      + '<input type="hidden" name="g-recaptcha-response" value="">';
    widget.querySelector('input[type=checkbox]').addEventListener('change', e => {
      widget.querySelector('input[type=hidden]').value = e.target.checked ? 'practice-recaptcha-solved' : '';
    });
    submit.before(widget);
  }
})();
