// Tells Ngupi the visitor's timezone, so that times are shown in it: once per browser, a
// cookie with the zone the browser reports (Asia/Jakarta, Europe/Berlin). When the page
// was rendered in a guessed zone (data-viewer-zone on <body>) and the browser's differs,
// the page is loaded once more to show the right times. Logged-in members have their
// zone in their profile; their pages carry no guess and are never reloaded.
(function () {
  'use strict';
  var name = 'ngupi_tz';
  function hasCookie() {
    return document.cookie.split(';').some(function (part) {
      return part.trim().indexOf(name + '=') === 0;
    });
  }
  if (hasCookie()) {
    return;
  }
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone || !/^[A-Za-z0-9_+\-/]{1,64}$/.test(zone)) {
    return;
  }
  document.cookie = name + '=' + zone + '; path=/; max-age=31536000; SameSite=Lax'
    + (location.protocol === 'https:' ? '; Secure' : '');
  var guessed = document.body && document.body.getAttribute('data-viewer-zone');
  // only when the cookie stuck: a browser refusing cookies would reload forever
  if (guessed && guessed !== zone && hasCookie()) {
    location.reload();
  }
}());
