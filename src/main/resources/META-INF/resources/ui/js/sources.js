// Sources: find an outlet or originator by any written form of its name, and read its track record.
import { el, fill, frame, get, message, number, pageParams, query } from './common.js';

frame('sources');
const content = document.getElementById('content');

const STATS = [
  ['articlesPublished', 'مقالات نشرها'],
  ['claimsOriginated', 'أرقام صدرت عنه أولاً'],
  ['claimsRelayed', 'أرقام نقلها عن غيره'],
  ['claimsInArticles', 'أرقام في مقالاته'],
  ['claimsConfirmed', 'من أرقامه: أكّدها المراجعون'],
  ['claimsRejected', 'من أرقامه: رفضها المراجعون'],
  ['claimsCorrected', 'من أرقامه: صحّحها المراجعون'],
  ['claimsInConflict', 'من أرقامه: في تعارض مع مصدر آخر'],
  ['deadlinesAnnounced', 'مواعيد أعلنها'],
  ['deadlinesRelayed', 'مواعيد في مقالاته'],
  ['deadlinesReported', 'مواعيد نقلها'],
  ['deadlinesUpcoming', 'مواعيده القادمة'],
  ['deadlinesKept', 'مواعيد حلّت دون تأجيل'],
  ['deadlinesPostponed', 'مواعيد أُجِّلت لاحقاً'],
  ['deadlinesSuperseded', 'مواعيد استُبدلت بأبكر'],
];

async function render(params) {
  const form = el('form', { class: 'filters', role: 'search', id: 'source-form' },
    el('label', {}, 'اسم المصدر', el('input', { type: 'search', name: 'q', value: params.q || '', placeholder: 'مثال: سنتكوم' })),
    el('label', {}, 'النوع', el('select', { name: 'type' },
      el('option', { value: '', text: 'الكل' }),
      el('option', { value: 'OUTLET', text: 'وسائل النشر', selected: params.type === 'OUTLET' }),
      el('option', { value: 'ORIGINATOR', text: 'مصادر التصريح', selected: params.type === 'ORIGINATOR' }))),
    el('button', { type: 'submit', text: 'بحث' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: form.elements.q.value.trim(), type: form.elements.type.value });
  });
  const stats = el('section', { id: 'stats' });
  const list = el('section', { id: 'source-list' });
  fill(content, form, el('div', { class: 'grid' }, stats, list));
  if (params.id) {
    showStats(params.id, stats);
  } else {
    message(stats, 'اختر مصدراً لرؤية سجله.');
  }
  try {
    const answer = await get(`/sources${query({ q: params.q, type: params.type, size: 50 })}`);
    fill(list, el('h2', { text: `المصادر (${number(answer.total)})` }),
      el('ul', {}, answer.items.map((s) => el('li', {},
        el('a', { href: `?id=${s.id}`, text: s.name, onclick: (e) => { e.preventDefault(); go({ ...params, id: s.id }); } }),
        el('span', { class: 'meta', text: ` ${s.type === 'OUTLET' ? 'وسيلة' : 'مصدر'}${s.latinName ? ` · ${s.latinName}` : ''}` })))));
  } catch (e) {
    message(list, `تعذّر التحميل: ${e.message}`, 'error');
  }
}

async function showStats(id, node) {
  try {
    const [source, stats] = await Promise.all([get(`/sources/${encodeURIComponent(id)}`), get(`/sources/${encodeURIComponent(id)}/stats`)]);
    fill(node, el('div', { class: 'card' },
      el('h2', { id: 'source-name', text: source.name }),
      source.aliases && source.aliases.length ? el('p', { class: 'meta', text: `يُكتب أيضاً: ${source.aliases.join('، ')}` }) : null,
      el('table', { class: 'stats', id: 'source-stats' }, el('tbody', {},
        STATS.map(([key, text]) => el('tr', { 'data-stat': key }, el('td', { text }), el('td', { text: number(stats[key]) }))))),
      el('p', {}, el('a', { href: `/ui/conflicts.html`, text: 'التعارضات' }), ' · ',
        el('a', { href: `/claims${query({ attributedTo: source.id })}`, text: 'أرقامه (JSON)' }))));
  } catch (e) {
    message(node, `تعذّر التحميل: ${e.message}`, 'error');
  }
}

function go(params) {
  history.pushState(null, '', `${location.pathname}${query(params)}`);
  render(params);
}

window.addEventListener('popstate', () => render(pageParams()));
render(pageParams());
