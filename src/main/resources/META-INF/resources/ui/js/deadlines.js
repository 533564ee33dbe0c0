// Deadlines: the list with its filters, a month calendar, and a deadline's chain of revisions
// (GET /deadlines/{id}): each postponement after the one it moved.
import { COUNTRIES, FORCES, STATUSES, SUBJECTS, el, fill, frame, get, label, message, number, pageParams, query, select, when } from './common.js';

frame('deadlines');
const content = document.getElementById('content');
const DAYS = ['السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة'];
const MONTHS = ['كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيو',
  'تموز/يوليو', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر'];

async function render(params) {
  const form = el('form', { class: 'filters', id: 'deadline-form' },
    el('label', {}, 'القوة', select('force', FORCES, 'كل القوى', params.force)),
    el('label', {}, 'البلد', select('country', COUNTRIES, 'كل البلدان', params.country)),
    el('label', {}, 'الموضوع', select('subject', SUBJECTS, 'كل المواضيع', params.subject)),
    el('label', {}, 'الحالة', select('status', STATUSES, 'كل الحالات', params.status)),
    el('button', { type: 'submit', text: 'عرض' }),
    el('a', { href: `/deadlines.ics${query(pick(params))}`, text: 'اشترك في التقويم (ics)' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(Object.fromEntries(['force', 'country', 'subject', 'status'].map((n) => [n, form.elements[n].value])));
  });
  const chain = el('section', { id: 'chain', 'aria-live': 'polite' });
  const calendar = el('section', { id: 'calendar' });
  const list = el('section', { id: 'deadline-list' });
  fill(content, form, chain, el('div', { class: 'grid even' }, calendar, list));
  if (params.id) {
    showChain(params.id);
  }
  let answer;
  try {
    answer = await get(`/deadlines${query({ ...pick(params), size: 100 })}`);
  } catch (e) {
    message(list, `تعذّر التحميل: ${e.message}`, 'error');
    return;
  }
  const items = answer.items;
  fill(list, el('h2', { text: `القائمة (${number(answer.total)})` }), items.map(card));
  drawMonth(calendar, items, params.month || firstMonth(items));
}

function pick(params) {
  return { force: params.force, country: params.country, subject: params.subject, status: params.status };
}

/** The month to open on: the month of the first upcoming deadline with a month, else this month. */
function firstMonth(items) {
  const dated = items.filter((d) => d.due && d.due.length >= 7);
  const upcoming = dated.filter((d) => d.status === 'upcoming').sort((a, b) => a.due.localeCompare(b.due));
  const pickOne = upcoming[0] || dated[0];
  return pickOne ? pickOne.due.slice(0, 7) : new Date().toISOString().slice(0, 7);
}

function drawMonth(node, items, month) {
  const [y, m] = month.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 1) % 7; // Saturday first
  const inMonth = items.filter((d) => d.due && d.due.startsWith(month));
  const wholeMonth = inMonth.filter((d) => d.due.length === 7);
  const byDay = new Map();
  for (const d of inMonth.filter((x) => x.due.length === 10)) {
    const day = Number(d.due.slice(8));
    byDay.set(day, [...(byDay.get(day) || []), d]);
  }
  const shift = (delta) => {
    const t = new Date(Date.UTC(y, m - 1 + delta, 1)).toISOString().slice(0, 7);
    drawMonth(node, items, t);
  };
  const cells = [];
  DAYS.forEach((d) => cells.push(el('div', { class: 'dow', text: d })));
  for (let i = 0; i < lead; i++) {
    cells.push(el('div', { class: 'out' }));
  }
  for (let day = 1; day <= days; day++) {
    cells.push(el('div', { 'data-day': day }, el('span', { text: number(day) }),
      (byDay.get(day) || []).map((d) => dueLink(d))));
  }
  fill(node,
    el('h2', { text: 'التقويم' }),
    el('div', { class: 'month-bar' },
      el('button', { class: 'secondary', type: 'button', text: 'الشهر السابق', onclick: () => shift(-1) }),
      el('strong', { id: 'month-title', 'data-month': month, text: `${MONTHS[m - 1]} ${y}` }),
      el('button', { class: 'secondary', type: 'button', text: 'الشهر التالي', onclick: () => shift(1) })),
    wholeMonth.length ? el('div', { class: 'month-wide' }, 'خلال الشهر: ', wholeMonth.map((d) => dueLink(d))) : null,
    el('div', { class: 'calendar', role: 'grid' }, cells));
}

function dueLink(d) {
  return el('a', { class: `due ${d.status}`, href: `?id=${d.id}`, text: `${label(SUBJECTS, d.subject)}: ${label(FORCES, d.force)}`,
    onclick: (e) => { e.preventDefault(); showChain(d.id); } });
}

function card(d) {
  return el('article', { class: 'card deadline', 'data-deadline-id': d.id },
    el('div', { class: 'figure-line' },
      el('span', { class: 'figure', text: d.due || 'دون تاريخ' }),
      el('span', { class: 'where', text: [label(SUBJECTS, d.subject), label(FORCES, d.force), label(COUNTRIES, d.country)].join(' · ') }),
      el('span', { class: `badge ${d.status}`, text: label(STATUSES, d.status) })),
    el('blockquote', { class: 'sentence', text: d.sentence }),
    el('div', { class: 'meta' },
      d.announcedBy ? el('span', { text: `أعلنه: ${d.announcedBy}` }) : null,
      d.announcedOn ? el('span', {}, 'في ', when(d.announcedOn)) : null,
      el('button', { class: 'secondary', type: 'button', text: 'سلسلة المراجعات', onclick: () => showChain(d.id) }),
      el('a', { href: `/ui/article.html?id=${d.articleId}`, text: 'المقال' })));
}

async function showChain(id) {
  const node = document.getElementById('chain');
  try {
    const d = await get(`/deadlines/${encodeURIComponent(id)}`);
    const chain = d.chain && d.chain.length ? d.chain : [d];
    fill(node, el('div', { class: 'card' },
      el('h2', { text: `سلسلة: ${label(SUBJECTS, d.subject)} — ${label(FORCES, d.force)} في ${label(COUNTRIES, d.country)}` }),
      el('ol', { class: 'chain' }, chain.map((r) => el('li', { class: r.id === d.id ? 'current' : '', 'data-deadline-id': r.id },
        el('strong', { text: r.due || 'دون تاريخ' }), ' ',
        el('span', { class: `badge ${r.status}`, text: label(STATUSES, r.status) }),
        el('div', { class: 'meta' },
          el('span', {}, 'أُعلن ', when(r.announcedOn), r.announcedBy ? ` — ${r.announcedBy}` : ''),
          el('a', { href: `/ui/article.html?id=${r.articleId}`, text: r.article ? r.article.title : 'المقال' })))))));
    node.scrollIntoView({ block: 'nearest' });
  } catch (e) {
    message(node, `تعذّر تحميل السلسلة: ${e.message}`, 'error');
  }
}

function go(params) {
  history.pushState(null, '', `${location.pathname}${query(params)}`);
  render(params);
}

window.addEventListener('popstate', () => render(pageParams()));
render(pageParams());
