// Search: the Arabic article search with its facets, highlights and paging. The state lives in the
// address (?q=…&outlet=…&page=…), so a search can be bookmarked and the back button works.
import { el, fill, frame, get, highlighted, message, number, pageParams, query, when } from './common.js';

frame('search');
const content = document.getElementById('content');
const SIZE = 10;
const FILTERS = ['q', 'outlet', 'keyword', 'from', 'to'];

function render(params) {
  const form = el('form', { class: 'filters', role: 'search', id: 'search-form' },
    el('label', {}, 'ابحث', el('input', { type: 'search', name: 'q', value: params.q || '', placeholder: 'مثال: القوات الأميركية في سوريا' })),
    el('label', {}, 'الوسيلة', el('input', { name: 'outlet', value: params.outlet || '' })),
    el('label', {}, 'كلمة دلالية', el('input', { name: 'keyword', value: params.keyword || '' })),
    el('label', {}, 'من', el('input', { type: 'date', name: 'from', value: params.from || '' })),
    el('label', {}, 'إلى', el('input', { type: 'date', name: 'to', value: params.to || '' })),
    el('button', { type: 'submit', text: 'بحث' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = {};
    for (const name of FILTERS) {
      next[name] = form.elements[name].value.trim();
    }
    go(next);
  });
  const results = el('div', { id: 'results' });
  fill(content, form, results);
  if (!params.q) {
    message(results, 'اكتب كلمات البحث بالعربية؛ تُطابَق صيغ الهمزة والتاء المربوطة والأرقام والأشهر.');
    return;
  }
  search(params, results);
}

async function search(params, results) {
  message(results, 'جارٍ البحث…');
  const page = Number(params.page || 0);
  try {
    const answer = await get(`/articles/search${query({ ...pick(params), page, size: SIZE })}`);
    const pages = Math.max(1, Math.ceil(answer.total / SIZE));
    fill(results, el('div', { class: 'grid' },
      el('section', {},
        el('p', { id: 'total', text: `${number(answer.total)} نتيجة — الصفحة ${number(page + 1)} من ${number(pages)}` }),
        answer.items.map(hit),
        el('div', { class: 'pager' },
          el('button', { class: 'secondary', type: 'button', text: 'السابق', disabled: page === 0, onclick: () => go({ ...params, page: page - 1 }) }),
          el('button', { class: 'secondary', type: 'button', id: 'next-page', text: 'التالي', disabled: page + 1 >= pages, onclick: () => go({ ...params, page: page + 1 }) }))),
      facets(answer.facets || {}, params)));
  } catch (e) {
    message(results, `تعذّر البحث: ${e.message}`, 'error');
  }
}

function pick(params) {
  return Object.fromEntries(FILTERS.map((k) => [k, params[k]]));
}

function hit(h) {
  const hl = h.highlights || {};
  return el('article', { class: 'card hit', 'data-article-id': h.id },
    el('h2', {}, el('a', { href: `/ui/article.html?id=${h.id}` }, hl.title && hl.title.length ? highlighted(hl.title[0]) : h.title)),
    el('div', { class: 'meta' },
      h.outlet ? el('span', { text: h.outlet.name }) : null,
      when(h.publishedAt)),
    (hl.body || []).map((f) => el('p', { class: 'fragment' }, highlighted(f))));
}

function facets(f, params) {
  const group = (title, buckets, apply) => el('div', {},
    el('h3', { text: title }),
    el('ul', {}, (buckets || []).filter((b) => b.count > 0).map((b) => el('li', {},
      el('button', { type: 'button', text: b.key, onclick: () => go({ ...params, ...apply(b.key), page: 0 }) }),
      el('span', { class: 'n', text: number(b.count) })))));
  return el('aside', { class: 'facets card', 'aria-label': 'تصفية' },
    group('الوسائل', f.outlets, (k) => ({ outlet: k })),
    group('الأشهر', f.months, (k) => monthRange(k)),
    group('الكلمات الدلالية', f.keywords, (k) => ({ keyword: k })));
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function go(params) {
  history.pushState(null, '', `${location.pathname}${query(params)}`);
  render(params);
}

window.addEventListener('popstate', () => render(pageParams()));
render(pageParams());
