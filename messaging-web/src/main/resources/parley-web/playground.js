/* The playground: builds a check request from the form, asks the local service as the seller
 * types (debounced), and shows the verdict, the findings in place and the redacted text. In
 * template mode the draft is a template with placeholders: the page asks POST /v1/lint instead and
 * shows the findings and the placeholders in place. */
(function () {
  'use strict';
  var P = window.Parley;
  /** Milliseconds of quiet typing before the service is asked. */
  var DEBOUNCE_MS = 150;
  var VERDICT_WORDS = {
    SEND: ['Ready to send', 'No rule stops this message.'],
    SEND_WITH_WARNINGS: ['Can be sent, with warnings', 'Nothing blocks it, but read the warnings first.'],
    WILL_NOT_BE_DELIVERED: ['Will not be delivered', 'Amazon would accept it, but this buyer will not receive it.'],
    BLOCKED: ['Blocked', 'Amazon would reject this message; fix the marked parts.']
  };
  var TEMPLATE_WORDS = {
    PASS: ['Template passes', 'No rule stops a message filled from this template.'],
    WARN: ['Template passes, with warnings', 'Nothing blocks it, but read the warnings: some placeholder values could break a rule.'],
    BLOCK: ['Template blocked', 'Messages filled from this template would be rejected; fix the marked parts.']
  };
  var $ = function (id) { return document.getElementById(id); };
  var form = $('draft');
  var timer = null;
  var sequence = 0;
  var shown = 0;
  /** Timings of the last updates (input event to drawn highlights), for the browser tests. */
  var timings = [];
  var pendingSince = null;

  function value(id) { return $(id).value; }

  function priorMessages() {
    return value('prior').split('\n').map(function (l) { return l.trim(); }).filter(Boolean).map(function (l) {
      var parts = l.split(/\s+/);
      var p = { sentAt: parts[0] };
      if (parts[1]) { p.type = parts[1]; }
      return p;
    });
  }

  function templateMode() { return $('template-mode').checked; }

  /** The exact request body sent to POST /v1/lint in template mode. */
  function lintRequest() {
    return {
      id: 'playground',
      marketplace: value('marketplace'),
      locale: value('buyerLocale'),
      type: value('type'),
      format: value('format'),
      replyToBuyer: form.querySelector('input[name="reply"]:checked').value === 'true',
      subject: value('subject'),
      body: value('body')
    };
  }

  /** The exact request body sent to the service: POST /v1/check, or POST /v1/lint in template mode. */
  function request() {
    if (templateMode()) { return lintRequest(); }
    var r = {
      id: 'playground',
      marketplace: value('marketplace'),
      buyerLocale: value('buyerLocale'),
      type: value('type'),
      format: value('format'),
      replyToBuyer: form.querySelector('input[name="reply"]:checked').value === 'true',
      subject: value('subject'),
      body: value('body')
    };
    if (value('optOut') !== '') { r.buyerOptedOut = value('optOut') === 'true'; }
    var sentAt = P.utcInstant(value('sentAt'));
    if (sentAt) { r.sentAt = sentAt; }
    if (value('orderId').trim() !== '' && value('purchasedAt') !== '') {
      var o = { orderId: value('orderId').trim(), purchasedAt: P.utcInstant(value('purchasedAt')) };
      if (value('orderStatus') !== '') { o.status = value('orderStatus'); }
      if (value('shippedAt') !== '') { o.shippedAt = P.utcInstant(value('shippedAt')); }
      if (value('deliveredAt') !== '') { o.deliveredAt = P.utcInstant(value('deliveredAt')); }
      r.order = o;
    }
    var prior = priorMessages();
    if (prior.length > 0) { r.priorMessages = prior; }
    return r;
  }

  function schedule(event) {
    if (pendingSince === null) { pendingSince = event && event.timeStamp ? event.timeStamp : performance.now(); }
    $('result').setAttribute('data-state', 'typing');
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
    if (!$('request-json').hidden) { showJson(); }
  }

  function run() {
    var mine = ++sequence;
    var since = pendingSince;
    pendingSince = null;
    $('result').setAttribute('data-state', 'checking');
    var sent = request();
    var lint = templateMode();
    P.postJson(lint ? 'v1/lint' : 'v1/check?redact=true', sent).then(function (answer) {
      if (mine < shown) { return; }
      shown = mine;
      if (!answer.ok) {
        P.showProblem($('problem'), answer.body || { title: 'HTTP ' + answer.status });
        $('result').setAttribute('data-state', 'problem');
        return;
      }
      P.showProblem($('problem'), null);
      if (lint) { drawTemplate(answer.body, sent); } else { draw(answer.body, sent); }
      if (since !== null) { timings.push({ total: performance.now() - since, debounce: DEBOUNCE_MS }); }
      $('result').setAttribute('data-seq', String(mine));
      $('result').setAttribute('data-state', mine === sequence ? 'ready' : 'checking');
    }, function (e) {
      P.showProblem($('problem'), { title: 'The Parley service did not answer', detail: String(e) });
      $('result').setAttribute('data-state', 'problem');
    });
  }

  function fieldFindings(findings, field) {
    var out = [];
    findings.forEach(function (f, i) {
      if (f.field === field && f.end > f.start) { out.push({ f: f, i: i }); }
    });
    return out;
  }

  function drawField(container, text, all, field, placeholders) {
    var mine = fieldFindings(all, field);
    container.setAttribute('data-field', field);
    container.setAttribute('data-finding-indexes', mine.map(function (x) { return x.i; }).join(' '));
    var holders = (placeholders || []).filter(function (p) { return p.field === field; });
    window.ParleyMarks.render(container, text, mine.map(function (x) { return x.f; }), function (k) { return 'finding-' + mine[k].i; }, holders);
  }

  function drawFindings(findings) {
    var list = $('findings');
    list.textContent = '';
    if (findings.length === 0) { list.appendChild(P.el('li', null, 'None.')); }
    findings.forEach(function (f, i) {
      var li = P.el('li');
      li.id = 'finding-' + i;
      li.appendChild(P.el('span', 'badge ' + f.severity, f.severity));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(P.el('code', null, f.rule));
      var where = f.end > f.start ? ' in the ' + f.field + ' at “' + f.excerpt + '”' : ' (' + f.field + ')';
      li.appendChild(document.createTextNode(where + ': ' + f.explanation));
      list.appendChild(li);
    });
  }

  function setMode(template) {
    $('redaction').hidden = template;
    $('placeholder-section').hidden = !template;
  }

  /** Draws a lint result over the template that was sent. */
  function drawTemplate(result, req) {
    setMode(true);
    var words = TEMPLATE_WORDS[result.verdict] || [result.verdict, ''];
    var verdict = $('verdict');
    verdict.className = 'verdict ' + ({ PASS: 'SEND', WARN: 'SEND_WITH_WARNINGS', BLOCK: 'BLOCKED' }[result.verdict] || '');
    verdict.setAttribute('data-decision', result.verdict);
    verdict.textContent = words[0];
    verdict.appendChild(P.el('span', 'why', words[1]));
    $('category').textContent = result.category.replace(/_/g, ' ').toLowerCase() + ' (of the filled template)';
    $('critical').textContent = 'not decided for a template';
    $('delivery').textContent = 'depends on each buyer: not decided for a template';
    $('earliest').textContent = 'depends on each order: not decided for a template';
    drawField($('marked-subject'), req.subject, result.findings, 'subject', result.placeholders);
    drawField($('marked-body'), req.body, result.findings, 'body', result.placeholders);
    drawFindings(result.findings);
    var list = $('placeholders');
    list.textContent = '';
    if (result.placeholders.length === 0) { list.appendChild(P.el('li', null, 'None.')); }
    result.placeholders.forEach(function (p) {
      var li = P.el('li');
      li.appendChild(P.el('code', null, p.text));
      li.appendChild(document.createTextNode(' in the ' + p.field + ': '
          + (p.type ? p.type.replace(/_/g, ' ').toLowerCase() : 'unknown name, checked as if empty')));
      list.appendChild(li);
    });
  }

  /** Draws a result over the text that was sent (the spans are offsets into it). */
  function draw(result, req) {
    setMode(false);
    var words = VERDICT_WORDS[result.decision] || [result.decision, ''];
    var verdict = $('verdict');
    verdict.className = 'verdict ' + result.decision;
    verdict.setAttribute('data-decision', result.decision);
    verdict.textContent = words[0];
    verdict.appendChild(P.el('span', 'why', words[1]));
    $('category').textContent = result.category.replace(/_/g, ' ').toLowerCase() + ' (confidence ' + Math.round(result.confidence * 100) + ' %)';
    $('critical').textContent = result.critical ? 'Yes: delivered even to buyers who opted out' : 'No';
    $('delivery').textContent = result.delivery.outcome.replace(/_/g, ' ').toLowerCase() + ' (' + result.delivery.reason.replace(/_/g, ' ').toLowerCase() + '): ' + result.delivery.explanation;
    $('earliest').textContent = result.earliestAllowedAt ? result.earliestAllowedAt + (result.allowedUntil ? ', until ' + result.allowedUntil : '') : (result.allowedUntil ? 'now, until ' + result.allowedUntil : 'now');
    drawField($('marked-subject'), req.subject, result.findings, 'subject');
    drawField($('marked-body'), req.body, result.findings, 'body');
    drawFindings(result.findings);
    var red = result.redacted || { subject: req.subject, body: req.body };
    $('redacted-subject').textContent = red.subject;
    $('redacted-subject').classList.toggle('empty', red.subject.length === 0);
    $('redacted-body').textContent = red.body;
    $('redacted-body').classList.toggle('empty', red.body.length === 0);
  }

  function showJson() {
    var pre = $('request-json');
    pre.textContent = JSON.stringify(request(), null, 2);
    pre.hidden = false;
  }

  $('copy-json').addEventListener('click', function () {
    showJson();
    var text = $('request-json').textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).catch(function () { /* shown below the button anyway */ });
    }
  });
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  window.ParleyPlayground = {
    request: request,
    endpoint: function () { return templateMode() ? 'v1/lint' : 'v1/check?redact=true'; },
    timings: function () { return timings.slice(); },
    debounceMillis: DEBOUNCE_MS
  };
})();
