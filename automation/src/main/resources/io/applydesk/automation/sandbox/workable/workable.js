// Practice replica of Workable's hosted job page (apply.workable.com): renders the posting and its
// data-ui application form from window.__APP_DATA__, like the real single-page app.
(function () {
  'use strict';
  const data = window.__APP_DATA__;
  const root = document.getElementById('app');
  const TURNSTILE_SOLVED = 'practice-turnstile-solved';
  const state = { resumeToken: null, dialCode: '+1', turnstileToken: null };

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([name, value]) => {
      if (value === true) node.setAttribute(name, '');
      else if (value !== false && value != null) node.setAttribute(name, value);
    });
    (children || []).forEach(child => node.append(child));
    return node;
  }

  function requiredMark(required) {
    return required ? [el('span', { class: 'required', 'aria-hidden': 'true' }, ['*'])] : [];
  }

  function header() {
    return el('header', { 'data-ui': 'job-header' }, [
      el('h1', { 'data-ui': 'job-title' }, [data.job.title]),
      el('div', { class: 'meta' }, [el('span', { 'data-ui': 'company-name' }, [data.job.company]), ' · ',
        el('span', { 'data-ui': 'job-location' }, [data.job.location])])]);
  }

  function tabs() {
    const tab = (ui, href, text, selected) => el('a', { role: 'tab', 'data-ui': ui, href: href,
      'aria-selected': String(selected) }, [text]);
    return el('nav', { role: 'tablist' }, [
      tab('overview-tab', data.basePath + '/', 'Overview', data.tab === 'overview'),
      tab('application-form-tab', data.basePath + '/apply/', 'Application', data.tab === 'application')]);
  }

  function overview() {
    const description = el('section', { 'data-ui': 'job-description' });
    description.innerHTML = data.job.description;
    return el('div', {}, [description,
      el('a', { 'data-ui': 'apply-button', href: data.basePath + '/apply/' }, ['Apply for this job'])]);
  }

  function textField(name, label, required, multiline, type) {
    const control = multiline
      ? el('textarea', { id: name, name: name, 'data-ui': name, required: required, 'aria-required': String(required) })
      : el('input', { id: name, name: name, 'data-ui': name, type: type || 'text', required: required,
        'aria-required': String(required) });
    return el('div', { class: 'field', 'data-field': name }, [
      el('label', { for: name }, [label].concat(requiredMark(required))), control]);
  }

  function phoneField(field) {
    const country = el('button', { type: 'button', 'data-ui': 'phone-country', 'aria-label': 'United States: +1' },
      ['\u{1F1FA}\u{1F1F8} +1']);
    const input = el('input', { id: 'phone', name: 'phone', 'data-ui': 'phone', type: 'tel', required: field.required,
      'aria-required': String(field.required), placeholder: '201-555-0123' });
    return el('div', { class: 'field', 'data-field': 'phone' }, [
      el('label', { for: 'phone' }, [field.label].concat(requiredMark(field.required))),
      el('div', { class: 'iti' }, [country, input])]);
  }

  function resumeField() {
    const input = el('input', { type: 'file', id: 'resume', name: 'resume', 'data-ui': 'resume', class: 'visually-hidden',
      accept: '.pdf,.doc,.docx,.odt,.rtf,.txt', 'aria-required': 'true' });
    const placeholder = el('span', { 'data-ui': 'resume-placeholder' }, ['Upload a file or drag and drop here']);
    const parsing = el('span', { 'data-ui': 'resume-parsing', hidden: true }, ['Parsing your resume…']);
    const fileName = el('span', { 'data-ui': 'resume-filename', hidden: true });
    const zone = el('div', { 'data-ui': 'resume-dropzone', role: 'button', tabindex: '0' },
      [input, placeholder, parsing, fileName]);
    zone.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      if (!input.files.length) return;
      placeholder.hidden = true;
      fileName.hidden = true;
      parsing.hidden = false;
      state.resumeToken = null;
      const body = new FormData();
      body.append('file', input.files[0]);
      fetch(data.apiPath + '/form/upload', { method: 'POST', body: body })
        .then(response => response.json())
        .then(answer => {
          state.resumeToken = answer.token;
          // Like Workable's CV parsing: whatever the parser read replaces what is in the fields.
          Object.entries(answer.parsed || {}).forEach(([name, value]) => {
            const field = document.getElementById(name);
            if (field) {
              field.value = value;
              field.dispatchEvent(new Event('input', { bubbles: true }));
            }
          });
          parsing.hidden = true;
          fileName.textContent = answer.filename;
          fileName.hidden = false;
          clearError('resume');
        });
    });
    return el('div', { class: 'field', 'data-field': 'resume' }, [
      el('label', { for: 'resume' }, ['Resume'].concat(requiredMark(true))), zone]);
  }

  function addSection(ui, title) {
    return el('div', { 'data-ui': ui }, [el('h3', {}, [title]),
      el('button', { type: 'button', 'data-ui': 'add-section' }, ['+ Add'])]);
  }

  function questionField(q) {
    if (q.kind === 'SHORT_TEXT' || q.kind === 'FREE_TEXT') {
      return textField(q.key, q.label, q.required, q.kind === 'FREE_TEXT');
    }
    const type = q.kind === 'MULTIPLE_SELECT' ? 'checkbox' : 'radio';
    const options = q.options.map(option => el('label', { 'data-ui': 'option' }, [
      el('input', { type: type, name: q.key, value: option }), el('span', {}, [option])]));
    return el('fieldset', { class: 'field', 'data-ui': q.key, 'data-field': q.key, 'aria-required': String(q.required) },
      [el('legend', {}, [q.label].concat(requiredMark(q.required)))].concat(options));
  }

  function form() {
    const std = name => data.standard.find(field => field.name === name);
    const text = (name, multiline, type) => textField(name, std(name).label, std(name).required, multiline, type);
    const formError = el('div', { 'data-ui': 'form-error', role: 'alert', hidden: true });
    const submit = el('button', { type: 'submit', 'data-ui': 'submit-button' }, ['Submit application']);
    const questions = data.questions.map(questionField);
    const node = el('form', { 'data-ui': 'application-form', novalidate: true }, [formError,
      el('section', {}, [el('h2', {}, ['Personal information']), text('firstname'), text('lastname'),
        text('email', false, 'email'), text('headline'), phoneField(std('phone')), text('address')]),
      el('section', {}, [el('h2', {}, ['Profile']), addSection('education', 'Education'),
        addSection('experience', 'Experience'), text('summary', true), resumeField()]),
      el('section', {}, [el('h2', {}, ['Details']), text('cover_letter', true)])]
      .concat(questions.length ? [el('section', {}, [el('h2', {}, ['Questions'])].concat(questions))] : [])
      .concat([submit]));
    node.addEventListener('submit', event => {
      event.preventDefault();
      send(node, formError, submit);
    });
    return node;
  }

  function showError(name, message) {
    const field = document.querySelector('[data-field="' + name + '"]');
    if (field && !field.querySelector('[data-ui=error]')) {
      field.append(el('div', { 'data-ui': 'error', role: 'alert' }, [message]));
    }
  }

  function clearError(name) {
    const field = document.querySelector('[data-field="' + name + '"]');
    const error = field && field.querySelector('[data-ui=error]');
    if (error) error.remove();
  }

  function phoneValue() {
    const typed = document.getElementById('phone').value.replace(/[\s().-]/g, '');
    if (!typed) return '';
    return typed.startsWith('+') ? typed : state.dialCode + typed;
  }

  function collect() {
    const candidate = {};
    data.standard.forEach(field => {
      candidate[field.name] = field.name === 'phone' ? phoneValue() : document.getElementById(field.name).value.trim();
    });
    const answers = [];
    data.questions.forEach(q => {
      if (q.kind === 'SHORT_TEXT' || q.kind === 'FREE_TEXT') {
        const value = document.getElementById(q.key).value.trim();
        if (value) answers.push({ question_key: q.key, body: value });
        return;
      }
      const picked = [...document.querySelectorAll('input[name="' + q.key + '"]:checked')].map(input => input.value);
      if (!picked.length) return;
      if (q.kind === 'BOOLEAN') answers.push({ question_key: q.key, checked: picked[0] === 'YES' });
      else answers.push({ question_key: q.key, choices: picked });
    });
    return { candidate: candidate, answers: answers, resume: state.resumeToken };
  }

  function missing(body) {
    const names = data.standard.filter(f => f.required && !body.candidate[f.name]).map(f => f.name);
    if (!body.resume) names.push('resume');
    const answered = new Set(body.answers.map(a => a.question_key));
    data.questions.filter(q => q.required && !answered.has(q.key)).forEach(q => names.push(q.key));
    return names;
  }

  function send(node, formError, submit) {
    document.querySelectorAll('[data-ui=error]').forEach(error => error.remove());
    formError.hidden = true;
    const body = collect();
    if (state.turnstileToken) body['cf-turnstile-response'] = state.turnstileToken;
    const empty = missing(body);
    if (empty.length) {
      empty.forEach(name => showError(name, 'This field is required'));
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Submitting…';
    fetch(data.apiPath + '/apply', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) })
      .then(response => {
        if (response.ok) {
          node.replaceWith(el('div', { 'data-ui': 'application-success', role: 'status' }, [
            el('h2', {}, ['Thank you for applying!']),
            el('p', {}, ['Your application for ' + data.job.title + ' at ' + data.job.company + ' was submitted.'])]));
          return;
        }
        submit.disabled = false;
        submit.textContent = 'Submit application';
        if (response.status === 403 && response.headers.get('cf-mitigated') === 'challenge') {
          challenge(node, formError, submit);
        } else if (response.status === 422 || response.status === 409) {
          response.json().then(answer => {
            formError.textContent = answer.message || answer.error;
            formError.hidden = false;
            Object.entries(answer.errors || {}).forEach(([name, message]) => showError(name, message));
          });
        } else {
          toast('Something went wrong. Please try again.');
        }
      }, () => {
        submit.disabled = false;
        submit.textContent = 'Submit application';
        toast('Something went wrong. Please try again.');
      });
  }

  /**
   * Cloudflare's Turnstile widget, as the site shows it when Cloudflare challenges the browser. Practice
   * stand-in for the challenge a person can pass: ticking the box hands the page a token (in the field where
   * Turnstile puts it), and the page sends the application again with it.
   */
  function challenge(node, formError, submit) {
    if (node.querySelector('.cf-turnstile')) return;
    const frame = el('iframe', { title: 'Widget containing a Cloudflare security challenge',
      srcdoc: '<label style="font-family:sans-serif"><input type="checkbox"> Verify you are human</label><script>'
        + 'document.querySelector("input").addEventListener("change", e => { if (e.target.checked) '
        + 'parent.postMessage({ turnstile: "' + TURNSTILE_SOLVED + '" }, "*"); });</script>' });
    const widget = el('div', { class: 'cf-turnstile', 'data-ui': 'turnstile' }, [frame]);
    window.addEventListener('message', function solved(event) {
      if (event.source !== frame.contentWindow || !event.data || !event.data.turnstile) return;
      window.removeEventListener('message', solved);
      state.turnstileToken = event.data.turnstile;
      send(node, formError, submit);
    });
    submit.before(widget);
  }

  function toast(message) {
    const existing = document.querySelector('[data-ui=toast]');
    if (existing) existing.remove();
    document.body.append(el('div', { 'data-ui': 'toast', role: 'status' }, [message]));
  }

  function cookieBanner() {
    const accept = el('button', { type: 'button', 'data-ui': 'cookie-consent-accept' }, ['Accept all']);
    const decline = el('button', { type: 'button', 'data-ui': 'cookie-consent-decline' }, ['Decline']);
    const banner = el('div', { 'data-ui': 'cookie-consent', role: 'dialog', 'aria-label': 'Cookie consent' }, [
      el('div', { class: 'banner' }, [el('p', {}, ['We use cookies to improve your experience on our website.']),
        decline, accept])]);
    [accept, decline].forEach(button => button.addEventListener('click', () => banner.remove()));
    return banner;
  }

  function render() {
    root.append(header(), tabs(), data.tab === 'application' ? form() : overview());
    document.body.append(cookieBanner());
  }

  // WHY the delay: the real page is an empty shell until its bundle has run.
  setTimeout(render, 150);
}());
