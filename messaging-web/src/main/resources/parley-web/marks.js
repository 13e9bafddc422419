/* Highlights of findings in a text, exact to the API's spans.
 *
 * The service reports each finding as a half-open span [start, end) of UTF-16 code units into the
 * field's original text. JavaScript strings are UTF-16 too, so the text is sliced by the offsets
 * as they are: emoji (surrogate pairs), combining marks, Arabic and Japanese need no conversion.
 * Overlapping findings are drawn by cutting the text at every span boundary; each piece covered
 * by at least one finding becomes one <mark> listing the findings that cover it. Linear in the
 * text plus the findings (after sorting the boundaries). */
(function (global) {
  'use strict';

  var RANK = { INFO: 1, WARN: 2, BLOCK: 3 };

  /**
   * Cuts [0, length) at every boundary of the spans.
   * @param {number} length the text length in UTF-16 code units
   * @param {Array<{start:number,end:number}>} spans the findings' spans (empty spans are skipped)
   * @return {Array<{start:number,end:number,covering:number[]}>} pieces in order; covering lists
   *     the indexes of the spans covering the piece (empty for plain text)
   */
  function pieces(length, spans) {
    var events = [];
    spans.forEach(function (s, i) {
      var a = Math.max(0, Math.min(length, s.start));
      var b = Math.max(0, Math.min(length, s.end));
      if (b > a) {
        events.push({ at: a, open: true, index: i });
        events.push({ at: b, open: false, index: i });
      }
    });
    events.sort(function (x, y) { return x.at - y.at || (x.open === y.open ? x.index - y.index : (x.open ? 1 : -1)); });
    var out = [];
    var active = [];
    var pos = 0;
    var k = 0;
    while (pos < length || k < events.length) {
      var next = k < events.length ? events[k].at : length;
      if (next > pos) {
        out.push({ start: pos, end: next, covering: active.slice().sort(function (a, b) { return a - b; }) });
        pos = next;
      }
      if (k >= events.length) { break; }
      while (k < events.length && events[k].at === pos) {
        var e = events[k++];
        if (e.open) { active.push(e.index); } else { active.splice(active.indexOf(e.index), 1); }
      }
    }
    return out;
  }

  function strongest(findings, covering) {
    var best = 'INFO';
    covering.forEach(function (i) {
      var s = findings[i].severity;
      if ((RANK[s] || 0) > RANK[best]) { best = s; }
    });
    return best;
  }

  /**
   * Draws a text with its findings marked into a container (replacing its content).
   * @param {Element} container where the text goes
   * @param {string} text the field's original text
   * @param {Array<{start:number,end:number,severity:string,rule:string,explanation:string}>} findings
   *     this field's findings
   * @param {function(number):string=} idOf the id of finding i's entry in the list, for
   *     aria-describedby (optional)
   * @param {Array<{start:number,end:number,text:string,name:string,type:?string}>=} placeholders template
   *     placeholders, drawn as <span class="placeholder"> (inside a mark where a finding covers
   *     them too); a mark is cut at a placeholder's edges, so its pieces stay one unbroken run
   */
  function render(container, text, findings, idOf, placeholders) {
    container.textContent = '';
    container.classList.toggle('empty', text.length === 0);
    var holders = placeholders || [];
    var n = findings.length;
    pieces(text.length, findings.concat(holders)).forEach(function (p) {
      var slice = text.slice(p.start, p.end);
      var mine = p.covering.filter(function (i) { return i < n; });
      var holder = p.covering.filter(function (i) { return i >= n; }).map(function (i) { return holders[i - n]; })[0];
      var node = document.createTextNode(slice);
      if (holder) {
        var h = document.createElement('span');
        h.className = 'placeholder';
        h.setAttribute('data-placeholder', holder.name);
        h.setAttribute('data-placeholder-text', holder.text);
        h.title = 'Placeholder ' + holder.name + ': ' + (holder.type ? holder.type.replace(/_/g, ' ').toLowerCase() : 'unknown name');
        h.appendChild(node);
        node = h;
      }
      if (mine.length === 0) {
        container.appendChild(node);
        return;
      }
      var m = document.createElement('mark');
      m.className = 'sev-' + strongest(findings, mine);
      m.appendChild(node);
      m.setAttribute('data-findings', mine.join(' '));
      m.setAttribute('data-start', String(p.start));
      m.setAttribute('data-end', String(p.end));
      m.title = mine.map(function (i) {
        return findings[i].severity + ' ' + findings[i].rule + ': ' + findings[i].explanation;
      }).join('\n');
      m.tabIndex = 0;
      if (idOf) {
        m.setAttribute('aria-describedby', mine.map(idOf).join(' '));
      }
      container.appendChild(m);
    });
  }

  /**
   * What the marks drawn for finding i cover: their text joined, and whether they are adjacent
   * pieces (one unbroken run). Used by the page's own tests.
   */
  function covered(container, i) {
    var marks = Array.prototype.filter.call(container.querySelectorAll('mark'), function (m) {
      return m.getAttribute('data-findings').split(' ').indexOf(String(i)) >= 0;
    });
    var text = '';
    var contiguous = true;
    var last = null;
    marks.forEach(function (m) {
      var s = Number(m.getAttribute('data-start'));
      if (last !== null && s !== last) { contiguous = false; }
      last = Number(m.getAttribute('data-end'));
      text += m.textContent;
    });
    return { text: text, contiguous: contiguous, marks: marks.length };
  }

  global.ParleyMarks = { pieces: pieces, render: render, covered: covered };
})(window);
