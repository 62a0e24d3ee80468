/*
 * Page behaviour of Lever's application form (practice replica): time zone, the resume upload that is
 * parsed on the server and autofills the contact fields, the location autocomplete, and the JS-driven
 * submit behind the invisible hCaptcha.
 */
(function () {
  'use strict';

  var form = document.getElementById('application-form');
  if (!form) {
    return;
  }
  var base = document.querySelector('link[rel=stylesheet]').getAttribute('href').replace(/\/assets\/lever\.css$/, '');

  document.getElementById('applicant-timezone').value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';

  // ---- resume: upload, parse, autofill ----------------------------------------------------------
  var resumeInput = document.getElementById('resume-upload-input');
  var visibleButton = document.querySelector('.visible-resume-upload');
  var working = document.querySelector('.resume-upload-working');
  var success = document.querySelector('.resume-upload-success');
  var failure = document.querySelector('.resume-upload-failure');
  var AUTOFILLED = ['name', 'email', 'phone', 'org'];

  visibleButton.addEventListener('click', function (event) {
    if (event.target !== resumeInput) {
      event.preventDefault();
      resumeInput.click();
    }
  });

  resumeInput.addEventListener('change', function () {
    var file = resumeInput.files[0];
    if (!file) {
      return;
    }
    success.hidden = true;
    failure.hidden = true;
    working.hidden = false;
    var body = new FormData();
    body.append('resume', file);
    body.append('accountId', form.elements.accountId.value);
    var request = new XMLHttpRequest();
    request.open('POST', base + '/parseResume');
    request.onload = function () {
      working.hidden = true;
      if (request.status !== 200) {
        failure.hidden = false;
        return;
      }
      var parsed = JSON.parse(request.responseText);
      form.elements.resumeStorageId.value = parsed.resumeStorageId;
      AUTOFILLED.forEach(function (name) {
        if (parsed[name]) {
          form.elements[name].value = parsed[name];
        }
      });
      success.querySelector('.filename').textContent = file.name;
      success.hidden = false;
    };
    request.onerror = function () {
      working.hidden = true;
      failure.hidden = false;
    };
    request.send(body);
  });

  // ---- location autocomplete -------------------------------------------------------------------
  var location = document.getElementById('location-input');
  var selected = document.getElementById('selected-location');
  var results = document.querySelector('.dropdown-results');
  var pending = null;
  location.addEventListener('input', function () {
    selected.value = '';
    window.clearTimeout(pending);
    var text = location.value.trim();
    if (text.length < 2) {
      results.hidden = true;
      return;
    }
    pending = window.setTimeout(function () {
      fetch(base + '/retrieveLocations?text=' + encodeURIComponent(text))
        .then(function (response) { return response.json(); })
        .then(function (places) {
          results.innerHTML = '';
          places.forEach(function (place) {
            var option = document.createElement('div');
            option.className = 'dropdown-location';
            option.setAttribute('role', 'option');
            option.textContent = place.name;
            option.addEventListener('click', function () {
              location.value = place.name;
              selected.value = JSON.stringify(place);
              results.hidden = true;
            });
            results.appendChild(option);
          });
          results.hidden = places.length === 0;
        });
    }, 150);
  });

  // ---- submit ----------------------------------------------------------------------------------
  var submit = document.getElementById('btn-submit');
  submit.addEventListener('click', function () {
    submit.disabled = true;
    submit.textContent = 'Submitting...';
    window.hcaptcha.execute(function (token) {
      document.getElementById('hcaptchaResponseInput').value = token;
      form.submit();
    });
  });
})();
