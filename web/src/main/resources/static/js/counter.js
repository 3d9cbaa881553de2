// Counts the characters of a text field as the member types, the way the server counts
// them (surrounding blanks stripped, a line break sent as two characters), and says when
// the text is too short or too long. The server checks the limits either way: this only
// tells earlier. Texts come from the page ({0} the number, {1} the limit), in its language.
(function () {
  'use strict';
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  function fill(text, number, limit) {
    return text.replace('{0}', format.format(number)).replace('{1}', format.format(limit));
  }
  function counted(value) {
    return value.trim().replace(/\r?\n/g, '\r\n').length;
  }
  function watch(counter) {
    var field = document.getElementById(counter.getAttribute('data-counter-for'));
    if (!field || counter.hasAttribute('data-counting')) {
      return;
    }
    counter.setAttribute('data-counting', '');
    var min = parseInt(counter.getAttribute('data-min'), 10) || 0;
    var max = parseInt(counter.getAttribute('data-max'), 10);
    function update() {
      var count = counted(field.value);
      var state = count > max ? 'over' : (count > 0 && count < min) ? 'short' : 'count';
      counter.textContent = state === 'over' ? fill(counter.getAttribute('data-over'), count - max, max)
        : state === 'short' ? fill(counter.getAttribute('data-short'), min - count, min)
        : fill(counter.getAttribute('data-count'), count, max);
      counter.classList.toggle('field__counter--warn', state !== 'count');
    }
    counter.hidden = false;
    field.addEventListener('input', update);
    update();
  }
  function start(root) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-counter-for]'), watch);
  }
  start(document);
  // fields that arrive through htmx get their counter too
  document.addEventListener('htmx:load', function (event) {
    if (event.target && event.target.querySelectorAll) {
      start(event.target);
    }
  });
}());
