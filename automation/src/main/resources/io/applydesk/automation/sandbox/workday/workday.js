// Practice replica of Workday's candidate experience (ATS-REFERENCE.md §6.2). Like Workday's React app:
// an input's value only counts once input/change/blur events report it, and buttons act on a real pointer
// sequence (pointerdown ... click); a bare element.click() does nothing.
(function () {
  'use strict';
  var data = window.__appData;
  var COUNTRIES = ['Canada', 'Germany', 'United Kingdom', 'United States of America'];
  var PHONE_CODES = { 'Canada': 'Canada (+1)', 'Germany': 'Germany (+49)', 'United Kingdom': 'United Kingdom (+44)',
                      'United States of America': 'United States of America (+1)' };
  var STATES = ['Arizona', 'California', 'New York', 'Texas', 'Washington'];
  var SOURCES = ['Company Website', 'Employee Referral', 'Indeed', 'LinkedIn'];
  var PHONE_TYPES = ['Home', 'Landline', 'Mobile'];
  var PREVIOUS_WORKER = 'Have you previously worked for this company as an employee or contractor?';
  var STEPS = [
    { key: 'myInformation', title: 'My Information', render: myInformation },
    { key: 'myExperience', title: 'My Experience', render: myExperience },
    { key: 'applicationQuestions', title: 'Application Questions', render: applicationQuestions },
    { key: 'voluntaryDisclosures', title: 'Voluntary Disclosures', render: voluntaryDisclosures },
    { key: 'review', title: 'Review', render: review }
  ];
  var state = { token: null, step: -1, values: {}, resume: null, workRows: 0, educationRows: 0, createView: true };
  var fieldsOnPage = [];   // [{id, label, required, wrapper}] of the page now shown

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attrs.text; } else { node.setAttribute(name, attrs[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  // WHY: Workday's buttons listen to the pointer sequence; a click event without a pointerdown is ignored.
  function onPress(node, handler) {
    var armed = false;
    node.addEventListener('pointerdown', function () { armed = true; });
    node.addEventListener('click', function (event) {
      event.preventDefault();
      if (!armed) { return; }
      armed = false;
      handler(event);
    });
  }

  function post(path, body) {
    return fetch(data.api + path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                    body: JSON.stringify(body) });
  }

  function labelFor(id, text, required) {
    var label = el('label', { 'for': id, id: id + '-label', text: text });
    if (required) { label.appendChild(el('abbr', { title: 'required', text: '*' })); }
    return label;
  }

  function register(id, label, required, wrapper) {
    fieldsOnPage.push({ id: id, label: label, required: required, wrapper: wrapper });
  }

  function keepValue(id, input) {
    function sync() { state.values[id] = input.value === '' ? [] : [input.value]; }
    input.addEventListener('input', sync);
    input.addEventListener('change', sync);
    input.addEventListener('blur', sync);
    input.value = (state.values[id] || [''])[0];
  }

  function textField(id, label, required, multiline) {
    var input = el(multiline ? 'textarea' : 'input', { id: id, type: multiline ? null : 'text',
                   'aria-required': String(required), 'data-automation-id': id.split('--').pop() });
    if (multiline) { input.removeAttribute('type'); }
    keepValue(id, input);
    var wrapper = el('div', { 'data-automation-id': 'formField-' + id.replace(/^[^-]+--/, '') },
                     [labelFor(id, label, required), input]);
    register(id, label, required, wrapper);
    return wrapper;
  }

  function closePopups() {
    document.querySelectorAll('[data-automation-widget=wd-popup]').forEach(function (p) { p.remove(); });
  }

  function openPopup(anchor, options, choose) {
    closePopups();
    var list = el('ul', { role: 'listbox', 'aria-labelledby': anchor.id + '-label' });
    options.forEach(function (text) {
      var option = el('li', { role: 'option', 'data-automation-id': 'promptOption', 'data-automation-label': text,
                              'aria-selected': 'false' }, [el('div', { 'data-automation-id': 'promptLeafNode', text: text })]);
      onPress(option, function () { closePopups(); choose(text); });
      list.appendChild(option);
    });
    var popup = el('div', { 'data-automation-widget': 'wd-popup', 'data-associated-widget': anchor.id }, [list]);
    var box = anchor.getBoundingClientRect();
    popup.style.left = (box.left + window.scrollX) + 'px';
    popup.style.top = (box.bottom + window.scrollY) + 'px';
    document.body.appendChild(popup);
  }

  function listbox(id, label, options, required, onChoose) {
    var current = (state.values[id] || [])[0];
    var button = el('button', { type: 'button', id: id, 'aria-haspopup': 'listbox', 'aria-required': String(required),
                                'aria-labelledby': id + '-label', value: current || '', text: current || 'Select One' });
    onPress(button, function () {
      openPopup(button, options, function (text) {
        state.values[id] = [text];
        button.textContent = text;
        button.setAttribute('value', text);
        if (onChoose) { onChoose(text); }
      });
    });
    var wrapper = el('div', { 'data-automation-id': 'formField-' + id.replace(/^[^-]+--/, '') },
                     [labelFor(id, label, required), button]);
    register(id, label, required, wrapper);
    return wrapper;
  }

  function multiselect(id, label, options, required) {
    var pills = el('ul', { 'data-automation-id': 'selectedItemList' });
    var input = el('input', { type: 'text', id: id, role: 'combobox', 'aria-haspopup': 'listbox', placeholder: 'Search',
                              'aria-required': String(required), autocomplete: 'off' });
    function renderPills() {
      pills.innerHTML = '';
      (state.values[id] || []).forEach(function (text) {
        var remove = el('button', { type: 'button', 'data-automation-id': 'DELETE_charm', 'aria-label': 'Remove ' + text, text: '×' });
        onPress(remove, function () {
          state.values[id] = state.values[id].filter(function (v) { return v !== text; });
          renderPills();
        });
        pills.appendChild(el('li', { 'data-automation-id': 'selectedItem', title: text }, [el('span', { text: text }), remove]));
      });
    }
    function show() {
      var typed = input.value.toLowerCase();
      openPopup(input, options.filter(function (o) { return o.toLowerCase().indexOf(typed) >= 0; }), function (text) {
        var chosen = state.values[id] || [];
        if (chosen.indexOf(text) < 0) { state.values[id] = chosen.concat([text]); }
        input.value = '';
        renderPills();
      });
    }
    input.addEventListener('focus', show);
    input.addEventListener('input', show);
    renderPills();
    var wrapper = el('div', { 'data-automation-id': 'formField-' + id.replace(/^[^-]+--/, '') }, [labelFor(id, label, required),
                     el('div', { 'data-automation-id': 'multiSelectContainer' }, [pills, input])]);
    register(id, label, required, wrapper);
    return wrapper;
  }

  function radios(id, label, choices, required) {
    var legend = el('legend', { id: id + '-label', text: label });
    if (required) { legend.appendChild(el('abbr', { title: 'required', text: '*' })); }
    var group = el('fieldset', { 'data-automation-id': 'formField-' + id, role: 'radiogroup', 'aria-required': String(required),
                                 'aria-labelledby': id + '-label' }, [legend]);
    choices.forEach(function (choice) {
      var radioId = id + '-' + choice.value;
      var radio = el('input', { type: 'radio', name: id, id: radioId, value: choice.value });
      radio.checked = (state.values[id] || [])[0] === choice.value;
      radio.addEventListener('change', function () { if (radio.checked) { state.values[id] = [choice.value]; } });
      group.appendChild(el('div', {}, [radio, el('label', { 'for': radioId, text: choice.label })]));
    });
    register(id, label, required, group);
    return group;
  }

  function checkbox(id, label, required, onToggle) {
    var box = el('input', { type: 'checkbox', id: id, 'aria-required': String(required) });
    box.checked = (state.values[id] || [])[0] === 'true';
    box.addEventListener('change', function () {
      state.values[id] = box.checked ? ['true'] : [];
      if (onToggle) { onToggle(box.checked); }
    });
    var wrapper = el('div', { 'data-automation-id': 'formField-' + id.replace(/^[^-]+--/, '') }, [box, labelFor(id, label, required)]);
    register(id, label, required, wrapper);
    return wrapper;
  }

  // Month/Year (or Year only) spinbuttons; the field's value is "MM/YYYY" (or "YYYY") once every part is there.
  function dateField(id, label, required, yearOnly) {
    var parts = (state.values[id] || [''])[0].split('/');
    var month = el('input', { type: 'text', role: 'spinbutton', 'aria-label': 'Month', id: id + '-dateSectionMonth-input',
                              'data-automation-id': 'dateSectionMonth-input', 'aria-valuemin': '1', 'aria-valuemax': '12' });
    var year = el('input', { type: 'text', role: 'spinbutton', 'aria-label': 'Year', id: id + '-dateSectionYear-input',
                             'data-automation-id': 'dateSectionYear-input' });
    month.value = yearOnly ? '' : (parts.length > 1 ? parts[0] : '');
    year.value = parts[parts.length - 1] || '';
    function sync() {
      var m = month.value.trim();
      var y = year.value.trim();
      var complete = /^\d{4}$/.test(y) && (yearOnly || /^(0?[1-9]|1[0-2])$/.test(m));
      state.values[id] = complete ? [yearOnly ? y : (m.length === 1 ? '0' + m : m) + '/' + y] : [];
    }
    [month, year].forEach(function (part) { ['input', 'change', 'blur'].forEach(function (e) { part.addEventListener(e, sync); }); });
    var wrapper = el('div', { 'data-automation-id': 'formField-' + id.replace(/^[^-]+--/, '') }, [labelFor(id, label, required),
                     el('div', { 'data-automation-id': 'dateInputWrapper', id: id, 'aria-required': String(required) },
                        yearOnly ? [year] : [month, el('span', { text: '/' }), year])]);
    register(id, label, required, wrapper);
    return wrapper;
  }

  function progressBar() {
    var titles = ['Create Account/Sign In'].concat(STEPS.map(function (s) { return s.title; }));
    var bar = el('ol', { 'data-automation-id': 'progressBar' });
    titles.forEach(function (title, index) {
      var position = index - 1;
      var kind = position < state.step ? 'progressBarCompletedStep'
          : position === state.step ? 'progressBarActiveStep' : 'progressBarInactiveStep';
      bar.appendChild(el('li', { 'data-automation-id': kind }, [
        el('label', { text: (kind === 'progressBarActiveStep' ? 'current step ' : 'step ') + (index + 1) + ' of ' + titles.length }),
        el('div', { text: title })]));
    });
    return bar;
  }

  function render(errors) {
    closePopups();
    fieldsOnPage = [];
    var flow = document.getElementById('flow');
    flow.innerHTML = '';
    flow.appendChild(el('h2', { 'data-automation-id': 'jobPostingHeader', text: data.title }));
    flow.appendChild(progressBar());
    if (state.step < 0) {
      flow.appendChild(accountWall());
      return;
    }
    var step = STEPS[state.step];
    var page = el('div', { 'data-automation-id': 'applyFlow' + step.key.charAt(0).toUpperCase() + step.key.slice(1) + 'Page' },
                  [el('h2', { 'data-automation-id': 'pageHeader', text: step.title })]);
    if (errors && errors.length) { page.appendChild(errorBanner(errors)); }
    step.render(page);
    flow.appendChild(page);
    var back = el('button', { type: 'button', 'data-automation-id': 'pageFooterBackButton', text: 'Back' });
    onPress(back, function () { if (state.step > 0) { state.step--; render(); } });
    var last = state.step === STEPS.length - 1;
    var next = el('button', { type: 'button', 'data-automation-id': 'bottom-navigation-next-button',
                              text: last ? 'Submit' : 'Save and Continue' });
    onPress(next, last ? submit : saveAndContinue);
    flow.appendChild(el('div', { 'data-automation-id': 'pageFooter' }, state.step > 0 ? [back, next] : [next]));
  }

  function errorBanner(messages) {
    return el('div', { 'data-automation-id': 'errorMessage', role: 'alert' }, [
      el('h3', { text: messages.length === 1 ? '1 Error' : messages.length + ' Errors' }),
      el('ul', {}, messages.map(function (m) { return el('li', { 'data-automation-id': 'errorMessage-item', text: m }); }))]);
  }

  // ---- account wall ----
  function accountWall() {
    var create = state.createView;
    var content = el('div', { 'data-automation-id': 'signInContent' }, [
      el('h2', { id: 'authViewTitle', 'data-automation-id': 'authViewTitle', text: create ? 'Create Account' : 'Sign In' })]);
    var form = el('form', { 'data-automation-id': 'signInFormo', novalidate: '' });
    var account = {};
    function input(key, label, type) {
      var node = el('input', { type: type, id: 'input-' + key, 'data-automation-id': key, 'aria-required': 'true' });
      function sync() { account[key] = node.value; }
      ['input', 'change', 'blur'].forEach(function (e) { node.addEventListener(e, sync); });
      return el('div', { 'data-automation-id': 'formField-' + key }, [labelFor(node.id, label, true), node]);
    }
    form.appendChild(input('email', 'Email Address', 'email'));
    form.appendChild(input('password', 'Password', 'password'));
    var consent = null;
    if (create) {
      form.appendChild(input('verifyPassword', 'Verify New Password', 'password'));
      consent = el('input', { type: 'checkbox', id: 'input-createAccountCheckbox', 'data-automation-id': 'createAccountCheckbox' });
      form.appendChild(el('div', {}, [consent, el('label', { 'for': 'input-createAccountCheckbox',
        text: 'Yes, I have read and consent to the terms and conditions' })]));
    }
    var beecatcher = el('input', { type: 'text', name: 'website', 'data-automation-id': 'beecatcher', tabindex: '-1',
                                   autocomplete: 'off', 'aria-hidden': 'true' });
    form.appendChild(beecatcher);
    var alert = el('div', { 'data-automation-id': 'errorMessage', role: 'alert', hidden: '' });
    form.appendChild(alert);
    function fail(message) { alert.textContent = message; alert.hidden = false; }
    var submitButton = el('button', { type: 'submit', 'data-automation-id': create ? 'createAccountSubmitButton' : 'signInSubmitButton',
                                      text: create ? 'Create Account' : 'Sign In' });
    onPress(submitButton, function () {
      alert.hidden = true;
      if (!account.email || !account.password) { fail('Error: Enter your email address and password.'); return; }
      if (create && account.password !== account.verifyPassword) { fail('Error: The passwords do not match.'); return; }
      if (create && !consent.checked) { fail('Error: Accept the terms and conditions to create an account.'); return; }
      post(create ? '/account/create' : '/account/signin', { reqId: data.reqId, email: account.email,
           password: account.password, beecatcher: beecatcher.value })
        .then(function (r) { return r.json(); })
        .then(function (answer) {
          if (answer.token) {
            state.token = answer.token;
            state.values['emailAddress--emailAddress'] = [account.email];
            state.step = 0;
            render();
          } else if (answer.error) {
            fail('Error: ' + answer.error);
          } else if (answer.verify) {
            content.innerHTML = '';
            content.appendChild(el('div', { 'data-automation-id': 'verifyEmailMessage', role: 'status' }, [
              el('h2', { text: 'Verify Your Account' }), el('p', { text: answer.verify })]));
          } else if (answer.challenge) {
            // [weak] Workday's bot wall is not captured; shown as a challenge the applier cannot pass.
            content.innerHTML = '';
            content.appendChild(el('div', { 'data-automation-id': 'captchaChallenge', role: 'alert' }, [
              el('p', { text: answer.challenge }), el('label', {}, [el('input', { type: 'checkbox' }), document.createTextNode(" I'm not a robot")])]));
          }
          // anything else (a filled beecatcher): Workday says nothing and nothing happens
        });
    });
    form.appendChild(submitButton);
    var switchLink = el('button', { type: 'button', 'data-automation-id': create ? 'signInLink' : 'createAccountLink',
                                    text: create ? 'Already have an account? Sign In' : "Don't have an account yet? Create Account" });
    onPress(switchLink, function () { state.createView = !create; render(); });
    form.appendChild(switchLink);
    if (!create) { form.appendChild(el('button', { type: 'button', 'data-automation-id': 'forgotPasswordLink', text: 'Forgot your password?' })); }
    content.appendChild(form);
    return content;
  }

  // ---- wizard pages ----
  function myInformation(page) {
    page.appendChild(listbox('country--country', 'Country', COUNTRIES, true, function (country) {
      var code = PHONE_CODES[country];
      state.values['phoneNumber--countryPhoneCode'] = [code];
      var button = document.getElementById('phoneNumber--countryPhoneCode');
      if (button) { button.textContent = code; button.setAttribute('value', code); }
    }));
    page.appendChild(multiselect('source--source', 'How Did You Hear About Us?', SOURCES, true));
    page.appendChild(radios('candidateIsPreviousWorker', PREVIOUS_WORKER,
                            [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }], true));
    page.appendChild(el('h3', { text: 'Legal Name' }));
    page.appendChild(textField('name--legalName--firstName', 'First Name', true));
    page.appendChild(textField('name--legalName--middleName', 'Middle Name', false));
    page.appendChild(textField('name--legalName--lastName', 'Last Name', true));
    page.appendChild(el('h3', { text: 'Address' }));
    page.appendChild(textField('address--addressLine1', 'Address Line 1', true));
    page.appendChild(textField('address--city', 'City', true));
    page.appendChild(listbox('address--regionSubdivision1', 'State', STATES, true));
    page.appendChild(textField('address--postalCode', 'Postal Code', true));
    page.appendChild(el('h3', { text: 'Email Address' }));
    page.appendChild(textField('emailAddress--emailAddress', 'Email Address', true));
    page.appendChild(el('h3', { text: 'Phone' }));
    page.appendChild(listbox('phoneNumber--phoneType', 'Phone Device Type', PHONE_TYPES, true));
    // Set by the site from the chosen country, as Workday does; the candidate may change it.
    page.appendChild(listbox('phoneNumber--countryPhoneCode', 'Country Phone Code',
                             Object.keys(PHONE_CODES).map(function (k) { return PHONE_CODES[k]; }), false));
    page.appendChild(textField('phoneNumber--phoneNumber', 'Phone Number', true));
  }

  function workRow(container, n) {
    var prefix = 'workExperience-' + n + '--';
    var row = el('div', { 'data-automation-id': 'workExperience-' + n, role: 'group', 'aria-labelledby': 'workExperience-' + n + '-title' },
                 [el('h4', { id: 'workExperience-' + n + '-title', text: 'Work Experience ' + n })]);
    row.appendChild(textField(prefix + 'jobTitle', 'Job Title', true));
    row.appendChild(textField(prefix + 'companyName', 'Company', true));
    row.appendChild(textField(prefix + 'location', 'Location', false));
    var to = dateField(prefix + 'endDate', 'To', true);
    row.appendChild(checkbox(prefix + 'currentlyWorkHere', 'I currently work here', false, function (checked) {
      to.hidden = checked;
      if (checked) { state.values[prefix + 'endDate'] = []; }
    }));
    row.appendChild(dateField(prefix + 'startDate', 'From', true));
    to.hidden = (state.values[prefix + 'currentlyWorkHere'] || [])[0] === 'true';
    row.appendChild(to);
    row.appendChild(textField(prefix + 'roleDescription', 'Role Description', false, true));
    container.appendChild(row);
  }

  function educationRow(container, n) {
    var prefix = 'education-' + n + '--';
    var row = el('div', { 'data-automation-id': 'education-' + n, role: 'group', 'aria-labelledby': 'education-' + n + '-title' },
                 [el('h4', { id: 'education-' + n + '-title', text: 'Education ' + n })]);
    row.appendChild(textField(prefix + 'schoolName', 'School or University', true));
    row.appendChild(textField(prefix + 'degree', 'Degree', true));
    row.appendChild(textField(prefix + 'fieldOfStudy', 'Field of Study', false));
    row.appendChild(dateField(prefix + 'firstYearAttended', 'From', false, true));
    row.appendChild(dateField(prefix + 'lastYearAttended', 'To (Actual or Expected)', false, true));
    container.appendChild(row);
  }

  function repeating(page, key, title, countKey, addRow) {
    var rows = el('div', {});
    for (var i = 1; i <= state[countKey]; i++) { addRow(rows, i); }
    var add = el('button', { type: 'button', 'data-automation-id': 'add-button', 'aria-label': 'Add ' + title, text: 'Add' });
    onPress(add, function () { state[countKey]++; addRow(rows, state[countKey]); });
    page.appendChild(el('section', { 'data-automation-id': key + 'Section', 'aria-labelledby': key + '-heading' },
                        [el('h3', { id: key + '-heading', text: title }), rows, add]));
  }

  function myExperience(page) {
    repeating(page, 'workExperience', 'Work Experience', 'workRows', workRow);
    repeating(page, 'education', 'Education', 'educationRows', educationRow);
    var file = el('input', { type: 'file', 'data-automation-id': 'file-upload-input-ref', accept: '.pdf,.doc,.docx' });
    var items = el('div', { 'data-automation-id': 'file-upload-items' });
    function showResume() {
      items.innerHTML = '';
      if (state.resume) {
        items.appendChild(el('div', { 'data-automation-id': 'file-upload-item' }, [
          el('span', { 'data-automation-id': 'file-upload-item-name', text: state.resume }),
          el('span', { 'data-automation-id': 'file-upload-successful', text: 'Successfully Uploaded!' })]));
      }
    }
    file.addEventListener('change', function () {
      if (!file.files.length) { return; }
      var body = new FormData();
      body.append('file', file.files[0]);
      items.innerHTML = '';
      items.appendChild(el('div', { 'data-automation-id': 'file-upload-item' }, [el('span', { text: 'Uploading…' })]));
      fetch(data.api + '/upload?token=' + encodeURIComponent(state.token) + '&reqId=' + encodeURIComponent(data.reqId),
            { method: 'POST', body: body })
        .then(function (r) { return r.json(); })
        .then(function (answer) { state.resume = answer.fileName || null; showResume(); });
    });
    var select = el('button', { type: 'button', 'data-automation-id': 'select-files', text: 'Select files' });
    onPress(select, function () { file.click(); });
    var zone = el('div', { 'data-automation-id': 'file-upload-drop-zone' }, [el('p', { text: 'Drop file here' }), select, file]);
    var wrapper = el('section', { 'data-automation-id': 'resumeSection' }, [
      el('h3', { id: 'resume-heading' }, [document.createTextNode('Resume/CV'), el('abbr', { title: 'required', text: '*' })]),
      zone, items]);
    showResume();
    page.appendChild(wrapper);
  }

  function applicationQuestions(page) {
    data.questions.forEach(function (q) {
      page.appendChild(q.options.length ? listbox(q.id, q.label, q.options, q.required)
                                        : textField(q.id, q.label, q.required));
    });
  }

  function voluntaryDisclosures(page) {
    page.appendChild(listbox('personalInfoUS--gender', 'Gender', ['Female', 'Male', 'I do not wish to self-identify'], true));
    page.appendChild(listbox('personalInfoUS--ethnicity', 'Please select the ethnicity which most accurately describes how you identify yourself',
                             ['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'I do not wish to answer'], false));
    page.appendChild(listbox('personalInfoUS--veteranStatus', 'Veteran Status', ['I am a protected veteran',
                             'I am not a protected veteran', 'I do not wish to self-identify'], true));
    page.appendChild(checkbox('termsAndConditions--acceptTermsAndAgreements',
                              'I have read and consent to the terms and conditions', true));
  }

  function review(page) {
    var list = el('dl', { 'data-automation-id': 'reviewSummary' });
    Object.keys(state.values).forEach(function (id) {
      if ((state.values[id] || []).length) {
        list.appendChild(el('dt', { text: id }));
        list.appendChild(el('dd', { text: state.values[id].join(', ') }));
      }
    });
    page.appendChild(list);
  }

  function missing() {
    var errors = [];
    fieldsOnPage.forEach(function (f) {
      var hidden = f.wrapper.closest('[hidden]');
      var empty = !(state.values[f.id] || []).some(function (v) { return v !== ''; });
      if (f.required && !hidden && empty) { errors.push('Error: The field ' + f.label + ' is required and must have a value.'); }
    });
    if (STEPS[state.step].key === 'myExperience' && !state.resume) {
      errors.push('Error: The field Resume/CV is required and must have a value.');
    }
    return errors;
  }

  function saveAndContinue() {
    var errors = missing();
    if (errors.length) { render(errors); return; }
    var fields = {};
    fieldsOnPage.forEach(function (f) {
      if (!f.wrapper.closest('[hidden]') && (state.values[f.id] || []).length) { fields[f.id] = state.values[f.id]; }
    });
    post('/step', { token: state.token, reqId: data.reqId, step: STEPS[state.step].key, fields: fields })
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        if (answer.saved) { state.step++; render(); } else { render([answer.error]); }
      });
  }

  function submit() {
    post('/submit', { token: state.token, reqId: data.reqId })
      .then(function (r) {
        if (!r.ok && r.status >= 500) { return { errors: ['Something went wrong. Please try again later.'] }; }
        return r.json();
      })
      .then(function (answer) {
        if (answer.submitted) {
          // [weak] Workday's success page is not captured (ATS-REFERENCE §6.2 item 8): this marker is the replica's own.
          var flow = document.getElementById('flow');
          flow.innerHTML = '';
          flow.appendChild(el('div', { 'data-automation-id': 'applicationSubmittedPage' }, [
            el('h2', { text: 'Application Submitted' }),
            el('p', { text: 'Thank you for applying to ' + data.title + ' at ' + data.company + '.' })]));
        } else {
          render(answer.errors || [answer.alreadyApplied || answer.error]);
        }
      });
  }

  if (data.view === 'posting') {
    onPress(document.querySelector('[data-automation-id=adventureButton]'), function () { location.href = data.applyUrl; });
  } else if (data.view === 'flow') {
    document.addEventListener('pointerdown', function (event) {
      if (!event.target.closest('[data-automation-widget=wd-popup], [aria-haspopup=listbox]')) { closePopups(); }
    });
    document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { closePopups(); } });
    render();
  }
})();
