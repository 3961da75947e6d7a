// SPDX-License-Identifier: Apache-2.0
// planwerk report: optional enhancements. Every page works without this
// script (and is tested so); with it, a table marked data-sortable gets a
// button in each column header that sorts its rows by that column, and a
// table marked data-filter gets a box above it that shows only the rows
// containing what is typed. Words come from the table's data attributes, in
// the page's language; nothing is fetched.
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'de';

  // A cell's value for sorting: a <time>'s datetime, else a number written
  // in the page's language ("1 234,5" in German, "1,234.5" in English), else
  // the text.
  function key(cell) {
    if (!cell) return { text: '' };
    var time = cell.querySelector('time');
    if (time && time.getAttribute('datetime')) return { text: time.getAttribute('datetime') };
    var text = cell.textContent.trim();
    var plain = text.replace(/[\s\u00A0\u202F]/g, '');
    plain = lang === 'de' ? plain.replace(/\./g, '').replace(',', '.') : plain.replace(/,/g, '');
    plain = plain.replace('\u2212', '-');
    if (/^[-+]?\d+(\.\d+)?$/.test(plain)) return { number: parseFloat(plain), text: text };
    return { text: text };
  }

  function compare(a, b) {
    if (a.number !== undefined && b.number !== undefined) return a.number - b.number;
    return a.text.localeCompare(b.text, lang, { numeric: true, sensitivity: 'base' });
  }

  function sortable(table) {
    var headers = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells : [];
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var keys = rows.map(function (row, index) { return { row: row, key: key(row.cells[column]), index: index }; });
        keys.sort(function (a, b) { return (ascending ? 1 : -1) * compare(a.key, b.key) || a.index - b.index; });
        keys.forEach(function (k) { body.appendChild(k.row); });
      });
    });
  }

  function filterable(table) {
    var label = document.createElement('label');
    label.className = 'filter';
    label.textContent = table.getAttribute('data-filter') + ' ';
    var input = document.createElement('input');
    input.type = 'search';
    label.appendChild(input);
    var status = document.createElement('p');
    status.className = 'filter-status';
    status.setAttribute('role', 'status');
    var region = table.closest('.scroll') || table;
    region.parentNode.insertBefore(label, region);
    region.parentNode.insertBefore(status, region);
    var rows = table.tBodies[0].rows;
    input.addEventListener('input', function () {
      var query = input.value.trim().toLocaleLowerCase(lang);
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var match = !query || row.textContent.toLocaleLowerCase(lang).indexOf(query) !== -1;
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = query ? table.getAttribute('data-filter-shown')
        .replace('{shown}', shown).replace('{all}', rows.length) : '';
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), sortable);
  Array.prototype.forEach.call(document.querySelectorAll('table[data-filter]'), filterable);
})();
