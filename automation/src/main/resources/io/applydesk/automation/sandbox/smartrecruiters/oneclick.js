// The SmartRecruiters replica's OneClick application: resume-first with CV parsing (or by hand), two steps,
// browser-side required checks, a JSON POST and its verdict (confirmation, banner, DataDome challenge).
(() => {
  const app = document.getElementById('oneclick-app');
  const api = app.dataset.api;
  const resumeFirst = app.querySelector('.oc-resume-first');
  const form = document.getElementById('oneclick-form');
  const banner = app.querySelector('.oc-banner');
  const attachment = form.querySelector('.oc-attachment');
  const submitButton = document.getElementById('submit-button');
  const steps = [...form.querySelectorAll('.oc-step')];
  let resumeFileId = null;

  const showForm = () => {
    resumeFirst.hidden = true;
    form.hidden = false;
  };
  const showStep = number => steps.forEach(step => { step.hidden = step.dataset.step !== String(number); });
  const showBanner = message => { banner.textContent = message || ''; banner.hidden = !message; };

  function fieldOf(key) {
    if (key === 'resume' || key === 'consent') {
      return form.querySelector(`.oc-field[data-field="${key}"]`);
    }
    const question = /^answers\[(.+)]$/.exec(key);
    if (question) {
      return form.querySelector(`.oc-question[data-question-id="${CSS.escape(question[1])}"]`);
    }
    const control = form.querySelector(`[name="${CSS.escape(key)}"]`);
    return control && control.closest('.oc-field');
  }

  function setError(field, message) {
    if (!field) {
      return;
    }
    const slot = field.querySelector('.oc-error');
    slot.textContent = message || '';
    slot.hidden = !message;
  }

  function isFilled(field) {
    const controls = [...field.querySelectorAll('input:not([type=file]), select')];
    if (field.dataset.field === 'resume') {
      return resumeFileId !== null;
    }
    return controls.some(c => (c.type === 'radio' || c.type === 'checkbox') ? c.checked : c.value.trim() !== '');
  }

  function checkStep(step) {
    let ok = true;
    step.querySelectorAll('.oc-field[data-required]').forEach(field => {
      const filled = isFilled(field);
      setError(field, filled ? '' : 'This field is required');
      ok = ok && filled;
    });
    if (step.dataset.step === '1') {
      const email = form.elements.email.value.trim();
      const confirm = form.elements.confirmEmail.value.trim();
      if (confirm && email.toLowerCase() !== confirm.toLowerCase()) {
        setError(fieldOf('confirmEmail'), 'Emails do not match');
        ok = false;
      }
    }
    return ok;
  }

  async function upload(input) {
    if (!input.files.length) {
      return;
    }
    const parsing = attachment.querySelector('.oc-parsing');
    parsing.hidden = false;
    const body = new FormData();
    body.append('file', input.files[0]);
    const response = await fetch(api + '/resume', { method: 'POST', body });
    parsing.hidden = true;
    if (!response.ok) {
      showBanner('We could not read this file. Please try another one.');
      return;
    }
    const parsed = await response.json();
    resumeFileId = parsed.fileId;
    // As OneClick does, what the parser read replaces what the fields held.
    Object.entries(parsed.candidate).forEach(([key, value]) => {
      form.elements[key].value = value;
      if (key === 'email') {
        form.elements.confirmEmail.value = value;
      }
    });
    attachment.querySelector('.oc-file-name').textContent = parsed.fileName;
    setError(attachment, '');
    showForm();
  }

  app.querySelectorAll('.oc-dropzone').forEach(zone => {
    const input = zone.querySelector('input[type=file]');
    zone.addEventListener('click', event => { if (event.target !== input) input.click(); });
    input.addEventListener('change', () => upload(input));
  });
  document.getElementById('apply-manually').addEventListener('click', showForm);
  document.getElementById('next-button').addEventListener('click', () => {
    if (checkStep(steps[0])) {
      showStep(2);
    }
  });
  document.getElementById('back-button').addEventListener('click', () => showStep(1));
  form.addEventListener('input', event => setError(event.target.closest('.oc-field'), ''));
  form.addEventListener('change', event => setError(event.target.closest('.oc-field'), ''));

  function challenge(url) {
    const overlay = document.createElement('div');
    overlay.id = 'ddChallenge';
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'DataDome CAPTCHA';
    overlay.appendChild(frame);
    document.body.appendChild(overlay);
    // As DataDome's tag does: once the frame says the check passed, keep its cookie and send the request again.
    window.addEventListener('message', function passed(event) {
      if (event.source !== frame.contentWindow) return;
      const answer = JSON.parse(event.data);
      if (answer.eventType !== 'passed') return;
      window.removeEventListener('message', passed);
      document.cookie = answer.cookie;
      overlay.remove();
      form.requestSubmit();
    });
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    showBanner('');
    if (!checkStep(steps[0])) {
      showStep(1);
      return;
    }
    if (!checkStep(steps[1])) {
      return;
    }
    const answers = {};
    form.querySelectorAll('.oc-question').forEach(question => {
      const chosen = question.querySelector('input[type=radio]:checked');
      const control = question.querySelector('select, input[type=text]');
      answers[question.dataset.questionId] = chosen ? chosen.value : (control ? control.value.trim() : '');
    });
    const payload = { resumeFileId, answers, consent: form.elements.consent.checked };
    ['firstName', 'lastName', 'email', 'confirmEmail', 'phoneNumber', 'location']
      .forEach(key => { payload[key] = form.elements[key].value.trim(); });
    submitButton.disabled = true;
    submitButton.textContent = 'Submitting…';
    let response = null;
    try {
      response = await fetch(api + '/apply', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload) });
    } catch (e) {
      response = null;
    }
    submitButton.disabled = false;
    submitButton.textContent = 'Submit';
    if (!response || response.status >= 500) {
      showBanner('Oops! Something went wrong. Please try again later.');
      return;
    }
    const verdict = await response.json();
    if (response.ok) {
      form.hidden = true;
      app.querySelector('.oc-confirmation').hidden = false;
      return;
    }
    if (response.status === 403 && verdict.url) {
      challenge(verdict.url);
      return;
    }
    showBanner(verdict.message);
    Object.entries(verdict.errors || {}).forEach(([key, message]) => setError(fieldOf(key), message));
    if (Object.keys(verdict.errors || {}).some(key => fieldOf(key) && fieldOf(key).closest('[data-step="1"]'))) {
      showStep(1);
    }
  });
})();
