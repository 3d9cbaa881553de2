// Narrows a timezone <select> to the places matching what the member types into the search
// above it ([data-timezone-picker]). Without this script the search is a plain field with the
// browser's own suggestions, which the server reads when the form is saved; with it, the
// search only narrows the select and is never sent (its name is taken away). Works again on
// a form that htmx swapped in.
(function () {
  'use strict';

  function normalised(text) {
    return text.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  }

  function enhance(field) {
    var search = field.querySelector('input[type=search]');
    var select = field.querySelector('select');
    var status = field.querySelector('[role=status]');
    if (!search || !select || !status || field.getAttribute('data-enhanced') === 'true') {
      return;
    }
    field.setAttribute('data-enhanced', 'true');
    search.removeAttribute('name');
    search.removeAttribute('list');
    search.removeAttribute('aria-invalid');
    var hint = field.querySelector('[data-script-hint]');
    if (hint) {
      hint.textContent = hint.getAttribute('data-script-hint');
    }

    // every choice, as rendered, to build the select again from
    var groups = Array.prototype.map.call(select.children, function (child) {
      var group = child.tagName === 'OPTGROUP' ? child : null;
      var options = group ? Array.prototype.slice.call(group.children) : [child];
      return {
        element: group,
        options: options.map(function (option) {
          return { element: option, text: normalised(option.textContent + ' ' + option.value) };
        })
      };
    });
    var announcing;
    // the choice when this search began (or picked in the list since): kept while it
    // matches, and shown again, alone, when nothing does
    var before = select.value;
    var searching = '';
    select.addEventListener('change', function () {
      before = select.value;
    });

    function narrow() {
      var wanted = normalised(search.value);
      if (searching === '' && wanted !== '') {
        before = select.value;
      }
      searching = wanted;
      var current = (wanted === '') ? select.value : before;
      var matches = [];
      var fragment = document.createDocumentFragment();
      groups.forEach(function (group) {
        var shown = group.options.filter(function (option) {
          return wanted === '' || option.text.indexOf(wanted) >= 0;
        });
        if (shown.length === 0) {
          return;
        }
        shown.forEach(function (option) { matches.push(option.element); });
        if (group.element) {
          while (group.element.firstChild) {
            group.element.removeChild(group.element.firstChild);
          }
          shown.forEach(function (option) { group.element.appendChild(option.element); });
          fragment.appendChild(group.element);
        } else {
          fragment.appendChild(shown[0].element);
        }
      });
      if (matches.length === 0) {
        // nothing matches: the choice stays, alone, so the form still says what is kept
        groups.forEach(function (group) {
          group.options.forEach(function (option) {
            if (option.element.value === current) {
              fragment.appendChild(option.element);
            }
          });
        });
      }
      while (select.firstChild) {
        select.removeChild(select.firstChild);
      }
      select.appendChild(fragment);
      var kept = matches.some(function (option) { return option.value === current; });
      select.value = (kept || matches.length === 0) ? current : matches[0].value;
      announce(wanted, matches.length);
    }

    function announce(wanted, count) {
      window.clearTimeout(announcing);
      announcing = window.setTimeout(function () {
        var chosen = select.options[select.selectedIndex];
        var message = '';
        if (wanted !== '') {
          message = (count === 0 ? search.getAttribute('data-none')
            : search.getAttribute(count === 1 ? 'data-one' : 'data-many'))
            .replace('{n}', String(count))
            .replace('{choice}', chosen ? chosen.textContent : '');
        }
        status.textContent = message;
      }, 400);
    }

    search.addEventListener('input', narrow);
    if (search.value) {
      narrow();
    }
  }

  function enhanceWithin(root) {
    if (root.matches && root.matches('[data-timezone-picker]')) {
      enhance(root);
    }
    if (root.querySelectorAll) {
      Array.prototype.forEach.call(root.querySelectorAll('[data-timezone-picker]'), enhance);
    }
  }

  enhanceWithin(document);
  document.addEventListener('htmx:load', function (event) {
    enhanceWithin(event.target);
  });
}());
