// Practice replica of the job-boards.greenhouse.io application form (React + react-select + intl-tel-input),
// written without a framework: the DOM it produces follows the real one (ATS-REFERENCE.md §1.3).
(function () {
  'use strict';
  var form = document.getElementById('application-form');
  if (!form) return;
  var action = document.getElementById('application').dataset.action;
  var REQUIRED = 'This field is required.';
  var DIAL = { 'United States': ['us', '+1'], 'Canada': ['ca', '+1'], 'United Kingdom': ['gb', '+44'],
    'Germany': ['de', '+49'], 'Portugal': ['pt', '+351'], 'India': ['in', '+91'] };
  var resumeFile = null;
  var recaptchaToken = '';

  // ---- react-select ----
  function Select(shell) {
    this.shell = shell;
    this.options = JSON.parse(shell.dataset.options);
    this.multi = shell.dataset.multi === 'true';
    this.values = [];
    this.input = shell.querySelector('input.select__input');
    this.control = shell.querySelector('.select__control');
    this.valueContainer = shell.querySelector('.select__value-container');
    this.hidden = shell.querySelector('input[aria-hidden=true]');
    this.menu = null;
    this.focused = 0;
    var self = this;
    this.control.addEventListener('mousedown', function (e) {
      if (e.target.closest('.select__multi-value__remove')) return;
      e.preventDefault();
      self.input.focus();
      if (self.menu) self.close(); else self.open();
    });
    this.input.addEventListener('input', function () { self.open(); self.renderMenu(); });
    this.input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (!self.menu) self.open(); else self.move(1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); self.move(-1); }
      else if (e.key === 'Enter' && self.menu) { e.preventDefault(); var o = self.visible()[self.focused]; if (o) self.choose(o); }
      else if (e.key === 'Escape') { self.close(); }
    });
    this.input.addEventListener('blur', function () { self.close(); });
  }
  Select.prototype.visible = function () {
    var typed = this.input.value.toLowerCase(), values = this.values;
    return this.options.filter(function (o) {
      return o.toLowerCase().indexOf(typed) >= 0 && values.indexOf(o) < 0;
    });
  };
  Select.prototype.open = function () {
    if (this.menu) return;
    this.menu = document.createElement('div');
    this.menu.className = 'select__menu';
    this.menu.id = 'react-select-' + this.input.id + '-listbox';
    this.shell.appendChild(this.menu);
    this.input.setAttribute('aria-expanded', 'true');
    this.input.setAttribute('aria-controls', this.menu.id);
    this.focused = 0;
    this.renderMenu();
  };
  Select.prototype.renderMenu = function () {
    if (!this.menu) return;
    var self = this, list = this.visible();
    this.menu.innerHTML = '<div class="select__menu-list" role="listbox"></div>';
    var listbox = this.menu.firstChild;
    if (list.length === 0) {
      listbox.innerHTML = '<div class="select__menu-notice select__menu-notice--no-options">No options</div>';
    }
    list.forEach(function (text, i) {
      var option = document.createElement('div');
      option.className = 'select__option' + (i === self.focused ? ' select__option--is-focused' : '');
      option.setAttribute('role', 'option');
      option.id = 'react-select-' + self.input.id + '-option-' + i;
      option.textContent = text;
      option.addEventListener('mousedown', function (e) { e.preventDefault(); });
      option.addEventListener('click', function () { self.choose(text); });
      listbox.appendChild(option);
    });
  };
  Select.prototype.move = function (by) {
    var n = this.visible().length;
    if (n) { this.focused = (this.focused + by + n) % n; this.renderMenu(); }
  };
  Select.prototype.close = function () {
    if (!this.menu) return;
    this.menu.remove();
    this.menu = null;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-controls');
  };
  Select.prototype.choose = function (text) {
    this.values = this.multi ? this.values.concat([text]) : [text];
    this.input.value = '';
    this.close();
    this.render();
    clearError(this.input.id);
    this.shell.dispatchEvent(new CustomEvent('select-change', { detail: this.values }));
  };
  Select.prototype.remove = function (text) {
    this.values = this.values.filter(function (v) { return v !== text; });
    this.render();
  };
  Select.prototype.render = function () {
    var self = this, container = this.valueContainer;
    container.querySelectorAll('.select__placeholder, .select__single-value, .select__multi-value')
      .forEach(function (n) { n.remove(); });
    var inputContainer = container.querySelector('.select__input-container');
    if (this.values.length === 0) {
      var placeholder = document.createElement('div');
      placeholder.className = 'select__placeholder';
      placeholder.textContent = 'Select...';
      container.insertBefore(placeholder, inputContainer);
    }
    this.values.forEach(function (v) {
      var chip = document.createElement('div');
      if (self.multi) {
        chip.className = 'select__multi-value';
        chip.innerHTML = '<div class="select__multi-value__label"></div>'
          + '<div class="select__multi-value__remove" role="button"></div>';
        chip.firstChild.textContent = v;
        chip.lastChild.setAttribute('aria-label', 'Remove ' + v);
        chip.lastChild.textContent = '\u00d7';
        chip.lastChild.addEventListener('mousedown', function (e) { e.preventDefault(); self.remove(v); });
      } else {
        chip.className = 'select__single-value';
        chip.textContent = v;
      }
      container.insertBefore(chip, inputContainer);
    });
    this.hidden.value = this.values.join(',');
  };
  var selects = {};
  form.querySelectorAll('.select-shell').forEach(function (shell) {
    var s = new Select(shell);
    selects[s.input.id] = s;
  });

  // ---- intl-tel-input: the country picker feeds the dial code ----
  var countryShell = selects.country && selects.country.shell;
  var flag = form.querySelector('.iti__selected-country');
  function dialCode() { return flag.querySelector('.iti__selected-dial-code').textContent; }
  if (countryShell) {
    countryShell.addEventListener('select-change', function (e) {
      var c = DIAL[e.detail[0]];
      if (!c) return;
      flag.querySelector('.iti__flag').className = 'iti__flag iti__' + c[0];
      flag.querySelector('.iti__selected-dial-code').textContent = c[1];
      flag.title = e.detail[0];
    });
  }
  /** E.164 as intl-tel-input's getNumber(): a typed "+" number wins, else the picked dial code. */
  function phoneNumber() {
    var typed = document.getElementById('phone').value.trim();
    if (!typed) return '';
    var digits = typed.replace(/[^0-9]/g, '');
    return typed.charAt(0) === '+' ? '+' + digits : dialCode() + digits;
  }

  // ---- resume upload: the input is replaced by the filename chip once the file is read ----
  var uploadGroup = form.querySelector('.file-upload');
  var uploadWrapper = uploadGroup.querySelector('.file-upload__wrapper');
  var uploadInitial = uploadWrapper.innerHTML;
  function wireUpload() {
    var input = document.getElementById('resume');
    uploadWrapper.querySelector('[data-action=attach]').addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () {
      var file = input.files[0];
      if (!file) return;
      // The real page parses the resume asynchronously before showing the chip.
      file.arrayBuffer().then(function () {
        return new Promise(function (resolve) { setTimeout(resolve, 150); });
      }).then(function () {
        resumeFile = file;
        uploadWrapper.innerHTML = '<div class="file-upload__filename"><p></p>'
          + '<button type="button" class="icon-button" aria-label="Remove file">\u00d7</button></div>';
        uploadWrapper.querySelector('p').textContent = file.name;
        uploadWrapper.querySelector('button').addEventListener('click', function () {
          resumeFile = null;
          uploadWrapper.innerHTML = uploadInitial;
          wireUpload();
        });
        clearError('resume');
      });
    });
  }
  wireUpload();

  // ---- errors ----
  function setError(id, message) {
    var error = document.getElementById(id + '-error');
    if (error) error.textContent = message;
    var field = document.getElementById(id);
    if (field) field.setAttribute('aria-invalid', 'true');
  }
  function clearError(id) {
    var error = document.getElementById(id + '-error');
    if (error) error.textContent = '';
    var field = document.getElementById(id);
    if (field) field.setAttribute('aria-invalid', 'false');
  }
  form.addEventListener('input', function (e) { if (e.target.id) clearError(e.target.id); });
  var banner = form.querySelector('.application--error');
  function showBanner(text) { banner.textContent = text; banner.hidden = false; }

  // ---- collect and validate ----
  function collect() {
    var data = new FormData(), missing = [];
    form.querySelectorAll('.field-wrapper').forEach(function (wrapper) {
      var fieldset = wrapper.querySelector('fieldset.checkbox');
      var shell = wrapper.querySelector('.select-shell');
      var id, values = [], required;
      if (fieldset) {
        id = fieldset.id;
        required = fieldset.getAttribute('aria-required') === 'true';
        fieldset.querySelectorAll('input[type=checkbox]:checked').forEach(function (b) { values.push(b.value); });
      } else if (shell) {
        var s = selects[shell.querySelector('input.select__input').id];
        id = s.input.id;
        required = s.input.getAttribute('aria-required') === 'true';
        values = s.values.slice();
      } else if (wrapper.querySelector('.file-upload')) {
        id = 'resume';
        required = true;
        if (resumeFile) data.append('resume', resumeFile, resumeFile.name);
        if (!resumeFile) missing.push(id);
        return;
      } else {
        var input = wrapper.querySelector('input, textarea');
        id = input.id;
        required = input.getAttribute('aria-required') === 'true';
        var v = id === 'phone' ? phoneNumber() : input.value.trim();
        if (v) values.push(v);
      }
      if (required && values.length === 0) missing.push(id);
      values.forEach(function (v) { data.append(id, v); });
    });
    var code = Array.prototype.map.call(form.querySelectorAll('.security-code input'), function (i) { return i.value; }).join('');
    if (code) data.append('security_code', code);
    if (recaptchaToken) data.append('g-recaptcha-response', recaptchaToken);
    return { data: data, missing: missing };
  }

  function showSecurityCode(recipient, error) {
    var box = form.querySelector('.security-code');
    if (error && !box.hidden) {
      // A wrong code: the boxes are emptied for another try with the same e-mailed code.
      box.querySelectorAll('input').forEach(function (i) { i.value = ''; });
      box.querySelector('.security-code__error').textContent = error;
      return;
    }
    var inputs = '';
    for (var i = 0; i < 8; i++) {
      inputs += '<input id="security-input-' + i + '" class="input" type="text" maxlength="1" autocomplete="off"'
        + ' aria-label="Security code character ' + (i + 1) + '">';
    }
    box.innerHTML = '<p class="security-code__message"></p><div class="security-code__inputs">' + inputs + '</div>'
      + '<p class="security-code__error helper-text--error" role="alert"></p>';
    box.firstChild.textContent = 'We\u2019ve sent a security code to ' + recipient
      + '. Please enter the 8-character code below to submit your application.';
    box.hidden = false;
  }

  // Practice stand-in for the reCAPTCHA challenge a person can pass: ticking it yields a token for the next submit.
  function showChallenge() {
    if (form.querySelector('.practice-challenge')) return;
    var challenge = document.createElement('div');
    challenge.className = 'practice-challenge';
    challenge.innerHTML = '<label><input type="checkbox"> I\u2019m not a robot</label>';
    challenge.querySelector('input').addEventListener('change', function (e) {
      recaptchaToken = e.target.checked ? 'practice-challenge-solved' : '';
      if (e.target.checked) banner.hidden = true;
    });
    banner.parentNode.insertBefore(challenge, banner.nextSibling);
  }

  var submit = form.querySelector('button[type=submit]');
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    banner.hidden = true;
    var collected = collect();
    if (collected.missing.length) {
      collected.missing.forEach(function (id) { setError(id, REQUIRED); });
      showBanner('Please complete the required fields.');
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Submitting...';
    fetch(action, { method: 'POST', body: collected.data }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (answer) {
      if (answer.status === 200 && answer.body.redirect) { window.location.assign(answer.body.redirect); return; }
      if (answer.status === 202) return; // accepted, but the page never hears back
      submit.disabled = false;
      submit.textContent = 'Submit application';
      if (answer.status === 428 && answer.body.code === 'captcha-retry') {
        showSecurityCode(answer.body.security_code_recipient, answer.body.security_code_error);
        return;
      }
      if (answer.status === 428) {
        showBanner('We could not verify that you are not a robot. Please try again later.');
        showChallenge();
        return;
      }
      if (answer.status === 422) {
        Object.keys(answer.body.errors).forEach(function (id) { setError(id, answer.body.errors[id]); });
        showBanner('There was an error submitting your application. Please review the fields below.');
        return;
      }
      showBanner('Something went wrong. Please try again later.');
    }).catch(function () {
      submit.disabled = false;
      submit.textContent = 'Submit application';
      showBanner('Something went wrong. Please try again later.');
    });
  });
})();
