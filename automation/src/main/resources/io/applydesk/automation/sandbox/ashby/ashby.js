// Practice replica of Ashby's hosted job board. The server sends an empty #root; this script renders the
// posting a moment later ("hydration"), as Ashby's React app does, so appliers must wait for the form.
(function () {
  'use strict';
  var HYDRATION_DELAY_MS = 400;
  var data = window.__appData;
  var state = {};        // field path -> value as it will be sent
  var typedLocation = ''; // what was typed into the location box without picking a suggestion

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attrs.text; } else { node.setAttribute(name, attrs[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function graphql(op, variables) {
    return fetch(data.graphqlUrl + '?op=' + op, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ operationName: op, variables: variables })
    }).then(function (response) { return response.json(); });
  }

  function render() {
    var posting = data.posting;
    var page = el('div', { 'class': '_page_a1' }, [
      el('p', { 'class': '_company_a1', text: data.organization.name }),
      el('h1', { 'class': 'ashby-job-posting-heading', text: posting.title }),
      el('p', { 'class': '_location_a1', text: posting.locationName }),
      el('nav', { 'class': '_tabs_a1', role: 'tablist' }, [
        el('a', { 'class': '_tab_a1', role: 'tab', href: data.basePath, id: 'overview-tab',
                  'aria-selected': String(data.tab === 'overview'), text: 'Overview' }),
        el('a', { 'class': '_tab_a1', role: 'tab', href: data.basePath + '/application', id: 'application-tab',
                  'aria-selected': String(data.tab === 'application'), text: 'Application' })
      ])
    ]);
    if (data.tab === 'application') {
      page.appendChild(el('div', { id: 'form', role: 'tabpanel', 'aria-labelledby': 'application-tab' },
                          [applicationForm(posting)]));
    } else {
      var overview = el('div', { id: 'overview', role: 'tabpanel', 'aria-labelledby': 'overview-tab' });
      overview.innerHTML = posting.descriptionHtml;
      overview.appendChild(el('a', { 'class': '_applyButton_a1', href: data.basePath + '/application',
                                     text: 'Apply for this Job' }));
      page.appendChild(overview);
    }
    document.getElementById('root').appendChild(page);
  }

  function applicationForm(posting) {
    var container = el('div', { 'class': 'ashby-application-form-container' });
    // The "Autofill from resume" pane has its own unnamed file input: not the resume field.
    container.appendChild(el('div', { 'class': 'ashby-application-form-autofill-input-root' }, [
      el('p', { text: 'Autofill from resume' }),
      el('p', { 'class': '_autofillHint_a1', text: 'Upload your resume here to autofill key application fields.' }),
      el('input', { type: 'file', 'class': '_autofillInput_a1', tabindex: '-1', style: 'display:none' })
    ]));
    posting.fields.forEach(function (field) { container.appendChild(fieldEntry(field)); });
    container.appendChild(el('div', { 'class': '_formErrors_a1', role: 'alert', hidden: '' }));
    var submit = el('button', { type: 'submit', 'class': 'ashby-application-form-submit-button _button_a1',
                                text: 'Submit Application' });
    submit.addEventListener('click', function (event) { event.preventDefault(); submitApplication(container, submit); });
    container.appendChild(submit);
    return container;
  }

  function fieldEntry(field) {
    var title = el('label', { 'class': 'ashby-application-form-question-title _heading_a1'
                                        + (field.required ? ' _required_a1' : ''), 'for': field.path,
                              text: field.title });
    var entry = el('div', { 'class': 'ashby-application-form-field-entry _fieldEntry_a1', 'data-field-path': field.path },
                   [title, control(field), el('p', { 'class': '_error_a1', hidden: '' })]);
    return entry;
  }

  function textInput(field, type, placeholder) {
    var attrs = { id: field.path, name: field.path, type: type, 'class': '_input_a1', placeholder: placeholder };
    if (field.required) { attrs.required = ''; }
    var input = el('input', attrs);
    input.addEventListener('input', function () { state[field.path] = input.value; });
    return input;
  }

  function control(field) {
    switch (field.kind) {
      case 'TEXT': return textInput(field, 'text', 'Type here...');
      case 'EMAIL': return textInput(field, 'email', 'hello@example.com...');
      case 'PHONE': return textInput(field, 'tel', '1-415-555-1234...');
      case 'LONG_TEXT':
        var area = el('textarea', { id: field.path, name: field.path, 'class': '_input_a1', placeholder: 'Type here...' });
        area.addEventListener('input', function () { state[field.path] = area.value; });
        return area;
      case 'LOCATION': return locationControl(field);
      case 'FILE': return fileControl(field);
      case 'YES_NO': return yesNoControl(field);
      case 'RADIO': return groupControl(field, 'radio');
      case 'CHECKBOXES': return groupControl(field, 'checkbox');
      case 'DROPDOWN': return dropdownControl(field);
      default: throw new Error('unknown field kind ' + field.kind);
    }
  }

  // Typing searches Ashby's locations; only picking a suggestion sets the value.
  function locationControl(field) {
    var input = el('input', { id: field.path, name: field.path, type: 'text', role: 'combobox', autocomplete: 'off',
                              'aria-expanded': 'false', 'class': '_input_a1', placeholder: 'Start typing...' });
    var popup = el('div', { 'class': 'ashby-application-form-input-autocomplete-popup _popup_a1', role: 'listbox',
                            hidden: '' });
    var latest = 0;
    input.addEventListener('input', function () {
      delete state[field.path];
      typedLocation = input.value;
      var query = input.value;
      var ticket = ++latest;
      graphql('ApiLocationSearch', { query: query }).then(function (answer) {
        if (ticket !== latest) { return; }
        popup.innerHTML = '';
        var results = answer.data.locationSearch.results;
        results.forEach(function (place) {
          var result = el('div', { 'class': 'ashby-application-form-input-autocomplete-popup-result', role: 'option',
                                   text: place.label });
          result.addEventListener('mousedown', function (event) { event.preventDefault(); });
          result.addEventListener('click', function () {
            state[field.path] = { locationId: place.id, label: place.label };
            input.value = place.label;
            popup.hidden = true;
            input.setAttribute('aria-expanded', 'false');
          });
          popup.appendChild(result);
        });
        popup.hidden = results.length === 0;
        input.setAttribute('aria-expanded', String(results.length > 0));
      });
    });
    return el('div', { 'class': 'ashby-application-form-input-autocomplete' }, [input, popup]);
  }

  // The real input is clipped to 1px; the visible button opens its file chooser. The file is uploaded
  // through an upload handle before the form knows it.
  function fileControl(field) {
    var input = el('input', { id: field.path, name: field.path, type: 'file', tabindex: '-1',
                              style: 'border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;'
                                     + 'padding:0;position:absolute;width:1px;white-space:nowrap' });
    var button = el('button', { type: 'button', 'class': '_button_a1', text: 'Upload File' });
    var status = el('p', { 'class': '_fileStatus_a1', text: 'or drag and drop here' });
    button.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () {
      var file = input.files[0];
      if (!file) { return; }
      delete state[field.path];
      status.textContent = 'Uploading ' + file.name + '...';
      graphql('ApiCreateFileUploadHandle', { fieldPath: field.path, filename: file.name, contentType: file.type })
        .then(function (answer) {
          var handle = answer.data.createFileUploadHandle;
          var body = new FormData();
          body.append('file', file, file.name);
          return fetch(handle.uploadUrl, { method: 'POST', body: body }).then(function (response) {
            if (!response.ok) { throw new Error('upload failed'); }
            state[field.path] = { handle: handle.handle };
            status.textContent = '';
            status.appendChild(el('span', { 'class': '_fileName_a1', text: file.name }));
            button.textContent = 'Replace';
          });
        })
        .catch(function () { status.textContent = 'The upload failed. Please try again.'; });
    });
    return el('div', { role: 'presentation', 'class': '_dropzone_a1' }, [input, button, status]);
  }

  // Two buttons of type submit, as on Ashby; a click only toggles the answer.
  function yesNoControl(field) {
    var group = el('div', { 'class': 'ashby-application-form-input-yesno _yesno_a1', id: field.path });
    ['Yes', 'No'].forEach(function (label) {
      var button = el('button', { type: 'submit', 'class': '_option_a1', 'aria-pressed': 'false', text: label });
      button.addEventListener('click', function (event) {
        event.preventDefault();
        state[field.path] = label === 'Yes';
        group.querySelectorAll('button').forEach(function (other) {
          other.setAttribute('aria-pressed', String(other === button));
        });
      });
      group.appendChild(button);
    });
    return group;
  }

  function groupControl(field, type) {
    var group = el('div', { 'class': 'ashby-application-form-input-' + type + '-group', id: field.path,
                            role: type === 'radio' ? 'radiogroup' : 'group' });
    field.options.forEach(function (option, index) {
      var id = field.path + '-labeled-' + type + '-' + index;
      var input = el('input', { type: type, id: id, name: field.path, value: option });
      input.addEventListener('change', function () {
        var checked = group.querySelectorAll('input:checked');
        state[field.path] = type === 'radio' ? input.value
          : Array.prototype.map.call(checked, function (box) { return box.value; });
      });
      group.appendChild(el('div', { 'class': 'ashby-application-form-input-' + type + '-group-option' },
                           [input, el('label', { 'for': id, text: option })]));
    });
    return group;
  }

  function dropdownControl(field) {
    var select = el('select', { id: field.path, name: field.path, 'class': '_input_a1' },
                    [el('option', { value: '', text: 'Select...' })]);
    field.options.forEach(function (option) { select.appendChild(el('option', { value: option, text: option })); });
    select.addEventListener('change', function () { state[field.path] = select.value || null; });
    return el('div', { 'class': 'ashby-application-form-input-dropdown-select' }, [select]);
  }

  function submitApplication(container, submit) {
    var entries = data.posting.fields.map(function (field) {
      var value = state[field.path];
      if (field.kind === 'LOCATION' && value === undefined && typedLocation) { value = typedLocation; }
      return { path: field.path, value: value === undefined ? null : value };
    });
    submit.disabled = true;
    submit.textContent = 'Submitting...';
    graphql('ApiSubmitSingleApplicationFormAction', {
      organizationHostedJobsPageName: data.organization.hostedJobsPageName,
      jobPostingId: data.posting.id,
      recaptchaToken: 'practice-recaptcha-token',
      fieldEntries: entries
    }).then(function (answer) { showVerdict(container, submit, answer); },
            function () { showVerdict(container, submit, { errors: [{ message: 'The connection failed.' }] }); });
  }

  function showVerdict(container, submit, answer) {
    var action = answer.data && answer.data.submitApplicationFormAction;
    var result = action && action.applicationFormResult;
    if (result && result.__typename === 'FormRender') {
      submit.disabled = false;
      submit.textContent = 'Submit Application';
      showFieldErrors(container, result);
      return;
    }
    container.innerHTML = '';
    if (result && result.__typename === 'FormSubmitSuccess') {
      container.appendChild(el('div', { 'class': 'ashby-application-form-success-container _success_a1', role: 'status' }, [
        el('h2', { text: 'Success' }),
        el('p', { text: 'Your application was successfully submitted. We\u2019ll contact you if there are next steps.' })
      ]));
    } else if (result && result.__typename === 'FormSubmitBlocked') {
      container.appendChild(el('div', { 'class': 'ashby-application-form-blocked-application-container', role: 'alert' }, [
        el('h2', { text: 'Application not submitted' }), el('p', { text: result.message })
      ]));
    } else {
      var error = (answer.errors && answer.errors[0]) || { message: result ? result.message : 'Unknown error.' };
      var code = error.extensions && error.extensions.code;
      container.appendChild(el('div', { 'class': 'ashby-application-form-failure-container', role: 'alert' }, [
        el('h2', { text: 'We couldn\u2019t submit your application' }),
        el('p', { text: error.message }),
        code ? el('p', { 'class': '_errorCode_a1', text: 'Error code: ' + code }) : null
      ]));
    }
  }

  function showFieldErrors(container, result) {
    container.querySelectorAll('.ashby-application-form-field-entry ._error_a1').forEach(function (p) {
      p.hidden = true;
      p.textContent = '';
    });
    result.fieldErrors.forEach(function (fieldError) {
      var entry = container.querySelector('[data-field-path="' + fieldError.path + '"]');
      var message = entry.querySelector('._error_a1');
      message.textContent = fieldError.message;
      message.hidden = false;
    });
    var banner = container.querySelector('._formErrors_a1');
    banner.textContent = result.errorMessages.join(' ');
    banner.hidden = false;
  }

  setTimeout(render, HYDRATION_DELAY_MS);
}());
