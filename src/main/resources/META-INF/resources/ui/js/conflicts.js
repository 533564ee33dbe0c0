// Conflicts: figures about the same force and place that cannot all hold, and denials; each side
// with its claims and the sources behind them.
import { COUNTRIES, FORCES, KINDS, claimCard, el, fill, frame, get, label, message, number, pageParams, query, select, sourceLink, when } from './common.js';

frame('conflicts');
const content = document.getElementById('content');
const SIZE = 10;

function render(params) {
  const form = el('form', { class: 'filters', id: 'conflict-form' },
    el('label', {}, 'القوة', select('force', FORCES, 'كل القوى', params.force)),
    el('label', {}, 'البلد', select('country', COUNTRIES, 'كل البلدان', params.country)),
    el('label', {}, 'النوع', select('kind', KINDS, 'تواجد ومستوى مستهدف', params.kind)),
    el('label', {}, 'النافذة بالأيام', el('input', { type: 'number', min: 0, max: 36600, name: 'windowDays', value: params.windowDays || '' })),
    el('button', { type: 'submit', text: 'عرض' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(Object.fromEntries(['force', 'country', 'kind', 'windowDays'].map((n) => [n, form.elements[n].value.trim()])));
  });
  const list = el('div', { id: 'conflicts' });
  fill(content, form, list);
  load(params, list);
}

async function load(params, list) {
  const page = Number(params.page || 0);
  try {
    const answer = await get(`/claims/conflicts${query({ ...params, page, size: SIZE })}`);
    const pages = Math.max(1, Math.ceil(answer.total / SIZE));
    fill(list,
      el('p', { text: `${number(answer.total)} تعارض — الصفحة ${number(page + 1)} من ${number(pages)}` }),
      answer.items.map(conflictCard),
      el('div', { class: 'pager' },
        el('button', { class: 'secondary', type: 'button', text: 'السابق', disabled: page === 0, onclick: () => go({ ...params, page: page - 1 }) }),
        el('button', { class: 'secondary', type: 'button', text: 'التالي', disabled: page + 1 >= pages, onclick: () => go({ ...params, page: page + 1 }) })));
  } catch (e) {
    message(list, `تعذّر التحميل: ${e.message}`, 'error');
  }
}

function conflictCard(c) {
  const title = c.type === 'denial' ? 'نفي لرقم معلن' : 'أرقام لا تجتمع';
  return el('article', { class: 'card conflict' },
    el('h2', { text: `${title}: ${[label(FORCES, c.force), c.country ? label(COUNTRIES, c.country) : null, c.place].filter(Boolean).join(' · ')}` }),
    el('p', { class: 'meta' }, c.kind ? `${label(KINDS, c.kind)} ` : '', when(c.from), c.to && c.to !== c.from ? [' — ', when(c.to)] : null),
    c.sides.map((side) => el('section', { class: 'side' },
      el('h3', { text: sideLabel(side) }),
      el('p', { class: 'meta' }, 'المصادر: ', joined(side.sources.map(sourceLink)), side.outlets.length ? [' — الوسائل: ', joined(side.outlets.map(sourceLink))] : null),
      side.claims.map((claim) => claimCard(claim)))));
}

function sideLabel(side) {
  if (side.label === 'asserted') {
    return 'أكّد الرقم';
  }
  if (side.label === 'denied') {
    return 'نفى الرقم';
  }
  return `بين ${number(side.low)} و${side.high === null ? ' ما فوق' : ` ${number(side.high)}`}`;
}

function joined(nodes) {
  return nodes.flatMap((n, i) => (i ? ['، ', n] : [n]));
}

function go(params) {
  history.pushState(null, '', `${location.pathname}${query(params)}`);
  render(params);
}

window.addEventListener('popstate', () => render(pageParams()));
render(pageParams());
