/* Hand-written SVG charts for the dashboard: bars per day with an optional target line.
 * Every chart carries a text description and a data table for screen readers. */
(function (global) {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var W = 900, H = 240, LEFT = 48, RIGHT = 12, TOP = 14, BOTTOM = 34;

  function node(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /**
   * Draws a bar chart into a container.
   * @param {Element} container replaced content
   * @param {{title:string, days:Array<{label:string, value:(number|null), note:string}>, max:number,
   *     percent:boolean, target:(number|undefined), targetLabel:(string|undefined), barClass:string}} spec
   */
  function bars(container, spec) {
    container.textContent = '';
    var svg = node('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', class: 'chart', 'data-bars': spec.days.length });
    svg.appendChild(node('title', {}, spec.title));
    var plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
    var max = spec.max > 0 ? spec.max : 1;
    var y = function (v) { return TOP + plotH - (v / max) * plotH; };
    [0, 0.25, 0.5, 0.75, 1].forEach(function (f) {
      var v = max * f;
      svg.appendChild(node('line', { x1: LEFT, x2: W - RIGHT, y1: y(v), y2: y(v), class: 'grid' }));
      svg.appendChild(node('text', { x: LEFT - 6, y: y(v) + 4, 'text-anchor': 'end' }, spec.percent ? Math.round(v * 100) + '%' : String(Math.round(v * 10) / 10)));
    });
    var n = spec.days.length;
    var step = plotW / n;
    var bw = Math.max(1, step * 0.7);
    var every = n <= 7 ? 1 : (n <= 30 ? 5 : 15);
    spec.days.forEach(function (d, i) {
      var x = LEFT + i * step + (step - bw) / 2;
      if (d.value === null) {
        svg.appendChild(node('rect', { x: x, y: TOP + plotH - 2, width: bw, height: 2, class: 'none', 'data-day': d.label }));
      } else {
        var r = node('rect', { x: x, y: y(d.value), width: bw, height: Math.max(0, TOP + plotH - y(d.value)), class: spec.barClass, 'data-day': d.label, 'data-value': d.value });
        r.appendChild(node('title', {}, d.label + ': ' + d.note));
        svg.appendChild(r);
      }
      if ((n - 1 - i) % every === 0) {
        svg.appendChild(node('text', { x: LEFT + i * step + step / 2, y: H - BOTTOM + 16, 'text-anchor': 'middle' }, d.label.slice(5)));
      }
    });
    svg.appendChild(node('line', { x1: LEFT, x2: LEFT, y1: TOP, y2: TOP + plotH, class: 'axis' }));
    svg.appendChild(node('line', { x1: LEFT, x2: W - RIGHT, y1: TOP + plotH, y2: TOP + plotH, class: 'axis' }));
    if (spec.target !== undefined) {
      var ty = y(spec.target);
      svg.appendChild(node('line', { x1: LEFT, x2: W - RIGHT, y1: ty, y2: ty, class: 'target', 'data-target': spec.target }));
      svg.appendChild(node('text', { x: LEFT + 6, y: ty - 5, 'text-anchor': 'start', class: 'target-label' }, spec.targetLabel));
    }
    container.appendChild(svg);
    // a table refuses to shrink to the 1px of .sr-only, so a div wraps it
    var hidden = document.createElement('div');
    hidden.className = 'sr-only';
    var table = document.createElement('table');
    var cap = document.createElement('caption');
    cap.textContent = spec.title;
    table.appendChild(cap);
    spec.days.forEach(function (d) {
      var tr = document.createElement('tr');
      var th = document.createElement('th');
      th.scope = 'row';
      th.textContent = d.label;
      var td = document.createElement('td');
      td.textContent = d.note;
      tr.appendChild(th);
      tr.appendChild(td);
      table.appendChild(tr);
    });
    hidden.appendChild(table);
    container.appendChild(hidden);
  }

  global.ParleyCharts = { bars: bars };
})(window);
