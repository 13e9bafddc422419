/* The response-time dashboard: threads in (pasted, opened or the sample), POST /v1/sla for the
 * queue and the 7/30/90-day metrics, POST /v1/sla/daily for the per-day charts. */
(function () {
  'use strict';
  var P = window.Parley;
  var $ = function (id) { return document.getElementById(id); };
  /** Amazon's historic target: at least 90 % answered within 24 hours, so at most 10 % late. */
  var SAMPLE_AT = '2026-06-10T12:00:00';
  var report = null;
  var daily = null;

  function threads() {
    var out = [];
    $('threads').value.split('\n').forEach(function (line, i) {
      var l = line.trim();
      if (l === '') { return; }
      try {
        out.push(JSON.parse(l));
      } catch (e) {
        throw { title: 'Not JSON', detail: 'line ' + (i + 1) + ' is not a JSON object: ' + e.message, field: 'line ' + (i + 1) };
      }
    });
    return out;
  }

  function body() {
    var at = P.utcInstant($('at').value);
    if (!at) { throw { title: 'Pick an instant', detail: 'the instant to look from is required', field: 'at' }; }
    return { at: at, responseWindow: $('window').value, threads: threads() };
  }

  function show(e) {
    if (e) { e.preventDefault(); }
    var b;
    try { b = body(); } catch (problem) { P.showProblem($('problem'), problem); return; }
    $('report').setAttribute('data-state', 'loading');
    Promise.all([P.postJson('v1/sla', b), P.postJson('v1/sla/daily', b)]).then(function (answers) {
      var bad = answers.filter(function (a) { return !a.ok; })[0];
      if (bad) {
        P.showProblem($('problem'), bad.body || { title: 'HTTP ' + bad.status });
        $('report').setAttribute('data-state', 'problem');
        return;
      }
      P.showProblem($('problem'), null);
      report = answers[0].body;
      daily = answers[1].body;
      drawQueue();
      drawTrend();
      $('report').setAttribute('data-state', 'ready');
    }, function (err) {
      P.showProblem($('problem'), { title: 'The Parley service did not answer', detail: String(err) });
    });
  }

  /** An ISO-8601 duration as Java writes it (PT2H30M, or PT-1H-30M when negative) in words. */
  function humanDuration(iso) {
    // Both spellings of a negative duration: the service writes "-PT2H", Java's Duration "PT-2H".
    var m = /^(-)?P(?:(\d+)D)?T?(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?[\d.]+)S)?$/.exec(iso);
    if (!m) { return iso; }
    var h = Number(m[2] || 0) * 24 + Number(m[3] || 0), min = Number(m[4] || 0), sec = Number(m[5] || 0);
    var negative = m[1] === '-' || h < 0 || min < 0 || sec < 0;
    h = Math.abs(h);
    min = Math.abs(min);
    var text = h >= 48 ? Math.floor(h / 24) + ' d ' + (h % 24) + ' h' : (h > 0 ? h + ' h ' : '') + min + ' min';
    return negative ? text + ' overdue' : text;
  }

  function drawQueue() {
    var counts = { OVERDUE: 0, DUE_SOON: 0, OPEN: 0 };
    report.queue.forEach(function (q) { counts[q.urgency]++; });
    var s = $('queue-summary');
    s.textContent = '';
    [['OVERDUE', 'Overdue'], ['DUE_SOON', 'Due soon'], ['OPEN', 'Open']].forEach(function (k) {
      var d = P.el('div');
      d.setAttribute('data-urgency', k[0]);
      d.appendChild(P.el('strong', null, counts[k[0]]));
      d.appendChild(document.createTextNode(k[1]));
      s.appendChild(d);
    });
    var tbody = $('queue').querySelector('tbody');
    tbody.textContent = '';
    if (report.queue.length === 0) {
      var tr0 = P.el('tr');
      var td0 = P.el('td', null, 'Nothing waits for a reply.');
      td0.colSpan = 6;
      tr0.appendChild(td0);
      tbody.appendChild(tr0);
    }
    report.queue.forEach(function (q) {
      var tr = P.el('tr');
      tr.setAttribute('data-thread', q.threadId);
      tr.appendChild(P.el('td', null, q.rank));
      tr.appendChild(P.el('td', null, q.threadId + (q.orderId ? ' (order ' + q.orderId + ')' : '')));
      var u = P.el('td');
      u.appendChild(P.el('span', 'badge ' + q.urgency, q.urgency.replace('_', ' ').toLowerCase()));
      tr.appendChild(u);
      tr.appendChild(P.el('td', null, q.due.replace('T', ' ').replace('Z', '')));
      tr.appendChild(P.el('td', null, humanDuration(q.timeLeft)));
      tr.appendChild(P.el('td', null, q.awaitingReply + (q.awaitingReply === 1 ? ' message' : ' messages')));
      tbody.appendChild(tr);
    });
  }

  function period() {
    return Number(document.querySelector('input[name="period"]:checked').value);
  }

  function pct(v) { return v === null ? 'n/a' : (Math.round(v * 1000) / 10) + ' %'; }

  function drawTrend() {
    if (!daily) { return; }
    var n = period();
    var key = n === 7 ? 'LAST_7_DAYS' : (n === 30 ? 'LAST_30_DAYS' : 'LAST_90_DAYS');
    var m = report.metrics[key];
    var s = $('period-summary');
    s.textContent = '';
    [['Answered within the window', pct(m.onTimeRate)], ['Late response rate', pct(m.lateResponseRate)],
      ['Counted messages', m.counted], ['Average response', m.averageResponseTime ? humanDuration(m.averageResponseTime) : 'n/a']].forEach(function (x) {
      var d = P.el('div');
      d.appendChild(P.el('strong', null, x[1]));
      d.appendChild(document.createTextNode(x[0]));
      s.appendChild(d);
    });
    var days = daily.days.slice(daily.days.length - n);
    var target = daily.target.onTimeRate;
    window.ParleyCharts.bars($('chart-ontime'), {
      title: 'Share of buyer messages answered within the window, per day, last ' + n + ' days; Amazon target ' + pct(target),
      days: days.map(function (d) {
        return { label: d.from.slice(0, 10), value: d.onTimeRate, note: d.onTimeRate === null ? 'nothing counted' : pct(d.onTimeRate) + ' of ' + d.counted };
      }),
      max: 1, percent: true, target: target, targetLabel: 'Amazon target ' + pct(target), barClass: 'bar-ok'
    });
    window.ParleyCharts.bars($('chart-late'), {
      title: 'Late response rate per day, last ' + n + ' days; Amazon allows at most ' + pct(1 - target),
      days: days.map(function (d) {
        var late = d.answeredLate + d.unansweredLate;
        return { label: d.from.slice(0, 10), value: d.lateResponseRate, note: d.lateResponseRate === null ? 'nothing counted' : late + ' late of ' + d.counted + ' (' + pct(d.lateResponseRate) + ')' };
      }),
      max: 1, percent: true, target: Math.round((1 - target) * 1000) / 1000, targetLabel: 'Amazon limit ' + pct(1 - target), barClass: 'bar-late'
    });
  }

  $('sample').addEventListener('click', function () {
    fetch('samples/threads.jsonl', { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (t) {
      $('threads').value = t;
      $('at').value = SAMPLE_AT;
      show();
    });
  });
  $('file').addEventListener('change', function () {
    var f = $('file').files[0];
    if (!f) { return; }
    f.text().then(function (t) { $('threads').value = t; });
  });
  $('input').addEventListener('submit', show);
  Array.prototype.forEach.call(document.querySelectorAll('input[name="period"]'), function (r) {
    r.addEventListener('change', drawTrend);
  });
  if (!$('at').value) { $('at').value = new Date().toISOString().slice(0, 19); }
})();
