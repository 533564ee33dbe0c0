// Figures over time: choose a force and a country, see /claims/timeline as a Chart.js chart. Points
// whose claims stand in a /claims/conflicts conflict are drawn as red triangles; choosing a point
// (or a row of the table under the chart) shows its claims and their sources.
import { COUNTRIES, FORCES, KINDS, el, fill, figure, frame, get, label, message, number, pageParams, query, select, sourceLink, when } from './common.js';

frame('timeline');
const content = document.getElementById('content');
let chart = null;
let current = {};

function render(params) {
  const form = el('form', { class: 'filters', id: 'timeline-form' },
    el('label', {}, 'القوة', select('force', FORCES, 'اختر القوة', params.force)),
    el('label', {}, 'البلد', select('country', COUNTRIES, 'كل البلدان', params.country)),
    el('label', {}, 'النوع', select('kind', KINDS, 'تواجد (الافتراضي)', params.kind)),
    el('label', {}, 'المكان', el('input', { name: 'place', value: params.place || '', placeholder: 'مثال: التنف' })));
  const show = () => {
    const next = {};
    for (const name of ['force', 'country', 'kind', 'place']) {
      next[name] = form.elements[name].value.trim();
    }
    history.replaceState(null, '', `${location.pathname}${query(next)}`);
    draw(next);
  };
  form.addEventListener('change', show);
  form.addEventListener('submit', (e) => { e.preventDefault(); show(); });
  fill(content, form,
    el('div', { class: 'chart-box' }, el('canvas', { id: 'timeline-chart', role: 'img', 'aria-label': 'رسم الأرقام عبر الزمن' })),
    el('section', { id: 'point-detail', 'aria-live': 'polite' }),
    el('section', { id: 'points' }));
  if (params.force) {
    draw(params);
  } else {
    message(document.getElementById('point-detail'), 'اختر قوة (والبلد إن شئت) لرسم الأرقام المعلنة عبر الزمن.');
  }
}

async function draw(params) {
  const detail = document.getElementById('point-detail');
  const table = document.getElementById('points');
  if (!params.force) {
    return;
  }
  current = params;
  const filter = { force: params.force, country: params.country, kind: params.kind, place: params.place };
  let timeline;
  let conflicts;
  try {
    [timeline, conflicts] = await Promise.all([
      get(`/claims/timeline${query(filter)}`),
      get(`/claims/conflicts${query({ force: params.force, country: params.country, kind: params.kind, size: 100 })}`),
    ]);
  } catch (e) {
    message(detail, `تعذّر التحميل: ${e.message}`, 'error');
    return;
  }
  const disputed = new Set();
  for (const conflict of conflicts.items) {
    for (const side of conflict.sides) {
      side.claims.forEach((c) => disputed.add(c.id));
    }
  }
  const points = timeline.points.map((p) => ({
    x: Date.parse(p.date), y: yOf(p), point: p, conflict: p.claims.some((c) => disputed.has(c.id)),
  })).filter((p) => p.y !== null);
  plot(points);
  fill(detail, points.length
    ? el('p', { class: 'message', text: `${number(points.length)} نقطة، منها ${number(points.filter((p) => p.conflict).length)} في تعارض. اختر نقطة لرؤية ادعاءاتها ومصادرها.` })
    : el('p', { class: 'message', text: 'لا أرقام لهذا الاختيار.' }));
  fill(table, pointsTable(points));
}

/** The value a point is drawn at: the figure, or the middle of its range. */
function yOf(p) {
  if (p.value !== null && p.value !== undefined) {
    return p.value;
  }
  if (p.low !== null && p.low !== undefined && p.high !== null && p.high !== undefined) {
    return (p.low + p.high) / 2;
  }
  return p.low ?? p.high ?? null;
}

function plot(points) {
  const canvas = document.getElementById('timeline-chart');
  if (chart) {
    chart.destroy();
  }
  // months on the axis, days when the points span less than about four months
  const xs = points.map((p) => p.x);
  const days = xs.length > 1 && Math.max(...xs) - Math.min(...xs) < 120 * 86400000;
  const month = (ms) => new Date(ms).toISOString().slice(0, days ? 10 : 7);
  chart = new window.Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'الرقم المعلن', data: points, parsing: false, order: 2, borderColor: '#0b6e4f', backgroundColor: '#0b6e4f',
          pointRadius: 5, pointHoverRadius: 8, tension: 0,
        },
        {
          label: 'في تعارض', data: points.filter((p) => p.conflict), parsing: false, showLine: false, order: 1,
          pointStyle: 'triangle', pointRadius: 9, borderColor: '#b4231b', backgroundColor: '#b4231b',
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      locale: 'ar-u-nu-latn',
      scales: {
        x: { type: 'linear', reverse: true, ticks: { callback: (v) => month(v), maxTicksLimit: 8 } },
        y: { beginAtZero: true, ticks: { callback: (v) => number(v) } },
      },
      plugins: {
        legend: { rtl: true },
        tooltip: {
          rtl: true,
          callbacks: {
            title: (items) => items[0].raw.point.asOf,
            label: (item) => `${figure(item.raw.point)} — ${item.raw.point.sources.map((s) => s.name).join('، ') || 'دون نسبة'}`,
          },
        },
      },
      onClick: (event, elements) => {
        if (elements.length) {
          const { datasetIndex, index } = elements[0];
          showPoint(chart.data.datasets[datasetIndex].data[index]);
        }
      },
    },
  });
}

function showPoint(p) {
  const detail = document.getElementById('point-detail');
  fill(detail, el('div', { class: 'card' },
    el('h2', {}, when(p.point.asOf), `: ${figure(p.point)}${p.conflict ? ' — في تعارض' : ''}`),
    el('ul', {}, p.point.claims.map((c) => el('li', {},
      el('a', { href: `/ui/claim.html?id=${c.id}`, text: c.text }), ' — ',
      c.attributedTo ? sourceLink(c.attributedTo) : (c.attribution || 'دون نسبة'),
      c.outlet ? [' في ', sourceLink(c.outlet)] : null,
      c.publishedAt ? [' (', when(c.publishedAt), ')'] : null, ' ',
      el('a', { href: `/ui/article.html?id=${c.articleId}`, text: 'المقال' })))),
    p.conflict ? el('a', { href: `/ui/conflicts.html${query({ force: current.force, country: current.country })}`, text: 'التعارضات التي تشملها' }) : null));
}

function pointsTable(points) {
  if (!points.length) {
    return null;
  }
  return el('div', { class: 'table-wrap' }, el('table', { id: 'points-table' },
    el('thead', {}, el('tr', {}, ['التاريخ', 'الرقم', 'المصادر', 'الوسائل', 'الادعاءات'].map((h) => el('th', { text: h })))),
    el('tbody', {}, points.map((p) => el('tr', { class: p.conflict ? 'conflict' : '' },
      el('td', {}, el('button', { class: 'secondary', type: 'button', text: p.point.asOf, onclick: () => showPoint(p) })),
      el('td', { text: figure(p.point) }),
      el('td', {}, joined(p.point.sources.map(sourceLink))),
      el('td', {}, joined(p.point.outlets.map(sourceLink))),
      el('td', {}, joined(p.point.claims.map((c) => el('a', { href: `/ui/claim.html?id=${c.id}`, text: `#${c.id}` })))))))));
}

function joined(nodes) {
  return nodes.flatMap((n, i) => (i ? ['، ', n] : [n]));
}

render(pageParams());
