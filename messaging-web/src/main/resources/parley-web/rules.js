/* The rule catalog page: GET /v1/rules, drawn as a searchable list. */
(function () {
  'use strict';
  var P = window.Parley;
  var DOCS = 'https://github.com/parley-dev/parley/blob/main/docs/RULES.md';
  var box = document.getElementById('rules');
  var filter = document.getElementById('filter');
  var count = document.getElementById('count');
  var all = [];


  function draw() {
    var q = filter.value.trim().toLowerCase();
    box.textContent = '';
    var shown = all.filter(function (r) {
      return q === '' || [r.id, r.summary, r.severity, r.confidence].concat(r.sources).join(' ').toLowerCase().indexOf(q) >= 0;
    });
    shown.forEach(function (r) {
      var a = P.el('article');
      a.setAttribute('data-rule', r.id);
      a.appendChild(P.el('h2', null, r.id));
      var meta = P.el('p');
      meta.appendChild(P.el('span', 'badge ' + r.severity, r.severity));
      meta.appendChild(document.createTextNode(' confidence ' + r.confidence.toLowerCase() + ' · '));
      var doc = P.el('a', null, 'in the docs');
      doc.href = DOCS;
      meta.appendChild(doc);
      a.appendChild(meta);
      a.appendChild(P.el('p', null, r.summary));
      if (r.sources.length > 0) {
        var ul = P.el('ul');
        r.sources.forEach(function (s) {
          var li = P.el('li');
          if (/^https?:\/\//.test(s)) {
            var link = P.el('a', null, s);
            link.href = s;
            link.rel = 'noreferrer';
            li.appendChild(link);
          } else {
            li.textContent = s;
          }
          ul.appendChild(li);
        });
        a.appendChild(P.el('h3', 'sr-only', 'Sources'));
        a.appendChild(ul);
      }
      box.appendChild(a);
    });
    count.textContent = shown.length + ' of ' + all.length + ' rules';
    box.setAttribute('data-state', 'ready');
  }

  P.getJson('v1/rules').then(function (doc) {
    all = doc.rules;
    draw();
  }, function (e) {
    P.showProblem(document.getElementById('problem'), { title: 'The rules could not be loaded', detail: String(e) });
  });
  filter.addEventListener('input', draw);
})();
