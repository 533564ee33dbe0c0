// Home: what awaits review, the latest claims, the upcoming deadlines.
import { claimCard, el, fill, frame, get, label, message, number, COUNTRIES, FORCES, STATUSES, SUBJECTS } from './common.js';

frame('home');
const content = document.getElementById('content');

async function render() {
  const [latest, unreviewed, upcoming, conflicts] = await Promise.all([
    get('/claims?sort=-asOf&size=10'),
    get('/claims?review=unreviewed&size=1'),
    get('/deadlines?status=upcoming&size=10'),
    get('/claims/conflicts?size=1'),
  ]);
  fill(content,
    el('section', { class: 'counts', 'aria-label': 'أرقام سريعة' },
      count('ادعاءات بانتظار المراجعة', unreviewed.total, '/ui/review.html', 'count-unreviewed'),
      count('ادعاءات في الأرشيف', latest.total, '/ui/search.html', 'count-claims'),
      count('مواعيد قادمة', upcoming.total, '/ui/deadlines.html', 'count-upcoming'),
      count('تعارضات', conflicts.total, '/ui/conflicts.html', 'count-conflicts')),
    el('div', { class: 'grid' },
      el('section', { id: 'latest-claims' },
        el('h2', { text: 'أحدث الأرقام' }),
        latest.items.length ? latest.items.map((c) => claimCard(c)) : el('p', { text: 'لا ادعاءات بعد.' })),
      el('section', { id: 'upcoming-deadlines' },
        el('h2', { text: 'مواعيد قادمة' }),
        upcoming.items.length ? upcoming.items.map(deadlineCard) : el('p', { text: 'لا مواعيد قادمة.' }))));
}

function count(text, n, href, id) {
  return el('a', { class: 'count', href, id }, el('strong', { text: number(n) }), text);
}

function deadlineCard(d) {
  return el('article', { class: 'card deadline', 'data-deadline-id': d.id },
    el('div', { class: 'figure-line' },
      el('span', { class: 'figure', text: d.due || '—' }),
      el('span', { class: 'where', text: [label(SUBJECTS, d.subject), label(FORCES, d.force), label(COUNTRIES, d.country)].join(' · ') }),
      el('span', { class: `badge ${d.status}`, text: label(STATUSES, d.status) })),
    el('blockquote', { class: 'sentence', text: d.sentence }),
    el('div', { class: 'meta' },
      d.announcedBy ? el('span', { text: `أعلنه: ${d.announcedBy}` }) : null,
      el('a', { href: `/ui/deadlines.html?id=${d.id}`, text: 'السلسلة' }),
      el('a', { href: `/ui/article.html?id=${d.articleId}`, text: 'المقال' })));
}

render().catch((e) => message(content, `تعذّر التحميل: ${e.message}`, 'error'));
