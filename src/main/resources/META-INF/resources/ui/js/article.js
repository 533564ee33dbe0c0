// One article: its text with the claims' evidence marked by their offsets, and its claims.
import { claimCard, el, fill, frame, get, message, pageParams } from './common.js';

frame('');
const content = document.getElementById('content');

async function render({ id }) {
  if (!id) {
    message(content, 'لم يُحدَّد مقال.', 'error');
    return;
  }
  const [article, claims] = await Promise.all([
    get(`/articles/${encodeURIComponent(id)}`),
    get(`/articles/${encodeURIComponent(id)}/claims`),
  ]);
  const items = claims.items || claims;
  document.title = `رقيب — ${article.title}`;
  fill(content,
    el('article', { class: 'card' },
      el('h2', {}, marked(article.title, items.filter((c) => c.field === 'title'))),
      el('div', { class: 'meta' },
        article.outlet ? el('a', { href: `/ui/sources.html?id=${article.outlet.id}`, text: article.outlet.name }) : null,
        el('time', { text: article.publishedAt || '' }),
        article.url ? el('a', { href: article.url, rel: 'noopener noreferrer', text: 'المصدر الأصلي' }) : null),
      el('p', { class: 'article-body' }, marked(article.body, items.filter((c) => c.field === 'body')))),
    el('h2', { text: 'الادعاءات' }),
    items.map((c) => claimCard(c)));
}

/** The text with each claim's [start, end) marked; overlapping spans keep the first. */
function marked(text, claims) {
  const spans = claims.slice().sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const c of spans) {
    if (c.start < at || c.end > text.length) {
      continue;
    }
    out.push(text.slice(at, c.start), el('mark', { title: `#${c.id}`, text: text.slice(c.start, c.end) }));
    at = c.end;
  }
  out.push(text.slice(at));
  return out;
}

render(pageParams()).catch((e) => message(content, `تعذّر التحميل: ${e.message}`, 'error'));
