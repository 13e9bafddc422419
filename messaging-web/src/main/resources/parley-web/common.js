/* Shared helpers of the Parley pages: calls to the local service and problem display.
 * Nothing here sends text anywhere but the service that served the page (same origin). */
(function (global) {
  'use strict';

  /** POSTs JSON to the service; resolves to {ok, status, body}. */
  function postJson(path, payload) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'same-origin'
    }).then(function (r) {
      return r.text().then(function (t) {
        var body = null;
        try { body = t ? JSON.parse(t) : null; } catch (e) { body = { detail: t }; }
        return { ok: r.ok, status: r.status, body: body };
      });
    });
  }

  function getJson(path) {
    return fetch(path, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error(path + ' answered ' + r.status); }
      return r.json();
    });
  }

  /** Shows an RFC 9457 problem (or hides the box when problem is null). */
  function showProblem(box, problem) {
    if (!problem) { box.hidden = true; box.textContent = ''; return; }
    box.hidden = false;
    var field = problem.field ? ' (field: ' + problem.field + ')' : '';
    box.textContent = (problem.title || 'Error') + ': ' + (problem.detail || '') + field;
  }

  /** Creates an element with a class and text. */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  /** Reads a datetime-local value as an ISO instant in UTC (the inputs are labelled UTC). */
  function utcInstant(value) {
    if (!value) { return null; }
    var v = value.length === 16 ? value + ':00' : value;
    return v + 'Z';
  }

  global.Parley = { postJson: postJson, getJson: getJson, showProblem: showProblem, el: el, utcInstant: utcInstant };
})(window);
