/*
 * Page behaviour of the classic Greenhouse application form (practice replica):
 * anti-bot hidden fields, the location autocomplete, asynchronous resume / cover letter upload through
 * the separate hidden upload forms, the EEO race question, and client-side required-field checks.
 */
(function () {
  'use strict';

  var form = document.getElementById('application_form');
  if (!form) {
    return;
  }
  var loadedAt = Date.now();
  var REQUIRED_MESSAGE = 'This field is required';

  function randomHex(byteCount) {
    var bytes = new Uint8Array(byteCount);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  form.elements.fingerprint.value = randomHex(16);
  form.elements.render_date.value = new Date().toString();

  // ---- errors ----------------------------------------------------------------------------------
  function clearError(field) {
    if (!field) {
      return;
    }
    field.classList.remove('field_with_errors');
    var message = field.querySelector('.field-error-msg');
    if (message) {
      message.remove();
    }
    field.querySelectorAll('[aria-invalid]').forEach(function (control) { control.removeAttribute('aria-invalid'); });
  }

  function markError(field, control) {
    field.classList.add('field_with_errors');
    if (!field.querySelector('.field-error-msg')) {
      var message = document.createElement('div');
      message.className = 'field-error-msg';
      message.textContent = REQUIRED_MESSAGE;
      field.appendChild(message);
    }
    if (control) {
      control.setAttribute('aria-invalid', 'true');
    }
  }

  function clearErrorOf(event) {
    if (event.target.closest) {
      clearError(event.target.closest('.field'));
    }
  }
  form.addEventListener('input', clearErrorOf);
  form.addEventListener('change', clearErrorOf);

  // ---- location autocomplete -------------------------------------------------------------------
  var CITIES = [
    ['Austin, Texas, United States', 30.2672, -97.7431],
    ['Berlin, Germany', 52.5200, 13.4050],
    ['Boston, Massachusetts, United States', 42.3601, -71.0589],
    ['Chicago, Illinois, United States', 41.8781, -87.6298],
    ['Denver, Colorado, United States', 39.7392, -104.9903],
    ['Lisbon, Portugal', 38.7223, -9.1393],
    ['London, England, United Kingdom', 51.5072, -0.1276],
    ['New York, New York, United States', 40.7128, -74.0060],
    ['Portland, Oregon, United States', 45.5152, -122.6784],
    ['San Francisco, California, United States', 37.7749, -122.4194],
    ['Seattle, Washington, United States', 47.6062, -122.3321],
    ['Toronto, Ontario, Canada', 43.6532, -79.3832]
  ];
  var locationInput = document.getElementById('job_application_location');
  if (locationInput) {
    var popup = document.getElementById('location_autocomplete-items-popup');
    var latitude = document.getElementById('job_application_latitude');
    var longitude = document.getElementById('job_application_longitude');
    var active = -1;

    var closePopup = function () {
      popup.hidden = true;
      popup.innerHTML = '';
      active = -1;
      locationInput.setAttribute('aria-expanded', 'false');
    };
    var choose = function (city) {
      locationInput.value = city[0];
      latitude.value = String(city[1]);
      longitude.value = String(city[2]);
      closePopup();
      clearError(locationInput.closest('.field'));
    };
    var highlight = function (index) {
      var items = popup.querySelectorAll('li');
      items.forEach(function (item, i) { item.classList.toggle('active', i === index); });
      active = index;
    };

    locationInput.addEventListener('input', function () {
      latitude.value = '';
      longitude.value = '';
      var typed = locationInput.value.trim().toLowerCase();
      var matches = typed.length < 2 ? [] : CITIES.filter(function (city) {
        return city[0].toLowerCase().indexOf(typed) >= 0;
      }).slice(0, 6);
      popup.innerHTML = '';
      if (!matches.length) {
        closePopup();
        return;
      }
      matches.forEach(function (city, index) {
        var item = document.createElement('li');
        item.id = 'location_autocomplete_item_' + index;
        item.className = 'autocomplete-item';
        item.setAttribute('role', 'option');
        item.textContent = city[0];
        // mousedown keeps the focus in the input, so blur does not close the list before the click lands
        item.addEventListener('mousedown', function (event) { event.preventDefault(); });
        item.addEventListener('click', function () { choose(city); });
        item.cityData = city;
        popup.appendChild(item);
      });
      popup.hidden = false;
      locationInput.setAttribute('aria-expanded', 'true');
    });
    locationInput.addEventListener('keydown', function (event) {
      var items = popup.querySelectorAll('li');
      if (popup.hidden || !items.length) {
        return;
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight(Math.min(active + 1, items.length - 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (active >= 0) {
          choose(items[active].cityData);
        }
      } else if (event.key === 'Escape') {
        closePopup();
      }
    });
    locationInput.addEventListener('blur', closePopup);
  }

  // ---- resume and cover letter: attach (async upload), paste, remove ---------------------------
  document.querySelectorAll('.attach-or-paste').forEach(function (block) {
    var field = block.getAttribute('data-field');
    var uploadForm = document.getElementById('s3_upload_for_' + field);
    var fileInput = uploadForm.querySelector('input[type=file]');
    var urlInput = form.elements['job_application[' + field + '_url]'];
    var nameInput = form.elements['job_application[' + field + '_url_filename]'];
    var links = block.querySelector('.link-container');
    var chosen = document.getElementById(field + '_chosen');
    var filename = document.getElementById(field + '_filename');
    var progress = document.getElementById(field + '_progress');
    var textarea = document.getElementById(field + '_text');
    var notice = block.querySelector('.source-unavailable');

    var showNotice = function (text) {
      notice.textContent = text;
      notice.hidden = !text;
    };

    block.querySelector('[data-source=attach]').addEventListener('click', function () {
      showNotice('');
      fileInput.click();
    });
    block.querySelector('[data-source=paste]').addEventListener('click', function () {
      showNotice('');
      textarea.hidden = false;
      textarea.focus();
    });
    block.querySelectorAll('[data-source=dropbox], [data-source=google-drive]').forEach(function (button) {
      button.addEventListener('click', function () {
        showNotice(button.textContent + ' is not available on the practice job site. Use Attach or Enter manually.');
      });
    });

    fileInput.addEventListener('change', function () {
      if (!fileInput.files.length) {
        return;
      }
      urlInput.value = '';
      nameInput.value = '';
      showNotice('');
      links.hidden = true;
      chosen.hidden = true;
      progress.hidden = false;
      fetch(uploadForm.action, { method: 'POST', body: new FormData(uploadForm) })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('upload refused: ' + response.status);
          }
          return response.json();
        })
        .then(function (answer) {
          urlInput.value = answer.url;
          nameInput.value = answer.filename;
          filename.textContent = answer.filename;
          progress.hidden = true;
          chosen.hidden = false;
          clearError(block.closest('.field'));
        })
        .catch(function () {
          progress.hidden = true;
          links.hidden = false;
          fileInput.value = '';
          showNotice('The file could not be uploaded. Please try again.');
        });
    });

    chosen.querySelector('.remove').addEventListener('click', function (event) {
      event.preventDefault();
      urlInput.value = '';
      nameInput.value = '';
      fileInput.value = '';
      filename.textContent = '';
      chosen.hidden = true;
      links.hidden = false;
    });
  });

  // ---- EEO: the race question only follows a "No" to Hispanic/Latino ---------------------------
  var hispanic = document.getElementById('job_application_hispanic_ethnicity');
  var raceContainer = document.getElementById('race_dropdown_container');
  if (hispanic && raceContainer) {
    hispanic.addEventListener('change', function () {
      raceContainer.hidden = hispanic.value !== 'No';
      if (raceContainer.hidden) {
        raceContainer.querySelector('select').value = '';
      }
    });
  }

  // ---- submit: check required fields, then post ------------------------------------------------
  var banner = document.getElementById('error_flash');

  function isEmpty(control) {
    return control.type === 'checkbox' ? !control.checked : !control.value || !control.value.trim();
  }

  document.getElementById('submit_app').addEventListener('click', function () {
    var firstInvalid = null;
    var invalid = function (field, control) {
      markError(field, control);
      firstInvalid = firstInvalid || field;
    };
    form.querySelectorAll('.field').forEach(clearError);
    form.querySelectorAll('input[aria-required=true], select[aria-required=true], textarea[aria-required=true]')
      .forEach(function (control) {
        if (isEmpty(control)) {
          invalid(control.closest('.field'), control);
        }
      });
    form.querySelectorAll('ul.checkbox-list[aria-required=true]').forEach(function (list) {
      if (!list.querySelector('input:checked')) {
        invalid(list.closest('.field'), null);
      }
    });
    form.querySelectorAll('.attach-or-paste[data-required=true]').forEach(function (block) {
      var field = block.getAttribute('data-field');
      var uploaded = form.elements['job_application[' + field + '_url]'].value;
      var typed = document.getElementById(field + '_text').value.trim();
      if (!uploaded && !typed) {
        invalid(block.closest('.field'), null);
      }
    });
    if (firstInvalid) {
      banner.hidden = false;
      banner.scrollIntoView({ block: 'center' });
      return;
    }
    banner.hidden = true;
    form.elements.page_load_time.value = String(Date.now() - loadedAt);
    this.disabled = true;
    form.submit();
  });
}());
