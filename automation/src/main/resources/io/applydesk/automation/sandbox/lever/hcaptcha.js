/*
 * Stand-in for hCaptcha's invisible widget (js.hcaptcha.com/1/secure-api.js) on the practice Lever replica.
 * execute() normally answers a token at once; when the page asks for a challenge (a job switched to the
 * CAPTCHA failure) it shows the visual puzzle instead, as when hCaptcha distrusts a browser: it answers only once
 * a person solves it (clicks Verify), and the page then posts the form.
 */
(function () {
  'use strict';
  var challenge = document.currentScript && document.currentScript.dataset.challenge === 'true';

  function randomToken() {
    var bytes = new Uint8Array(24);
    window.crypto.getRandomValues(bytes);
    return 'P1_practice.' + Array.prototype.map.call(bytes, function (b) {
      return (b < 16 ? '0' : '') + b.toString(16);
    }).join('');
  }

  function showChallenge(onToken) {
    if (document.querySelector('.h-captcha-challenge')) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'h-captcha-challenge';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'hCaptcha challenge');
    box.innerHTML = '<p>Please click each image containing a boat.</p><div class="grid">'
      + '<div></div><div></div><div></div><div></div><div></div><div></div><div></div><div></div><div></div>'
      + '</div><button type="button">Verify</button>';
    box.querySelector('button').addEventListener('click', function () {
      box.remove();
      onToken(randomToken());
    });
    document.body.appendChild(box);
  }

  window.hcaptcha = {
    /** Calls onToken(token) when the browser passes; shows the challenge otherwise. */
    execute: function (onToken) {
      if (challenge) {
        showChallenge(onToken);
        return;
      }
      window.setTimeout(function () { onToken(randomToken()); }, 50);
    }
  };
})();
