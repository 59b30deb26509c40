// The reach indicators' charts (awareness/reach/indicators.html): each <div data-chart-for="table-id"> gets a bar
// chart of the people reached, drawn with ECharts from the table next to it (row headers and data-people cells), so
// the table, which screen readers read, stays the one source of the figures. No inline script: the CSP forbids it.
(function () {
  'use strict';

  function rowsOf(table) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
      var header = row.querySelector('th');
      var cell = row.querySelector('td[data-people]');
      return { label: header ? header.textContent.trim() : '', value: cell ? Number(cell.getAttribute('data-people')) : 0 };
    });
  }

  function draw(container) {
    var table = document.getElementById(container.getAttribute('data-chart-for'));
    if (!table || typeof window.echarts === 'undefined') {
      return;
    }
    var rows = rowsOf(table);
    container.style.width = '100%';
    container.style.maxWidth = '48rem';
    container.style.height = Math.max(160, 48 + rows.length * 36) + 'px';
    var language = (document.documentElement.getAttribute('lang') || 'fr').toUpperCase() === 'FR' ? 'FR' : 'EN';
    var chart = window.echarts.init(container, null, { renderer: 'canvas', locale: language });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      // richText: the tooltip is drawn in the canvas, not as HTML with inline styles that the CSP refuses.
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.label; }),
               axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ name: table.getAttribute('data-series') || '', type: 'bar', data: rows.map(function (r) { return r.value; }),
                 itemStyle: { color: '#2f6f5e' }, label: { show: true, position: 'right' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart-for]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
