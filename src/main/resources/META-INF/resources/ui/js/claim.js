// One claim: its card, its record and its change history.
import { claimCard, el, fill, frame, get, message, pageParams } from './common.js';
import { historyList, recordList } from './record.js';

frame('');
const content = document.getElementById('content');

async function render({ id }) {
  if (!id) {
    message(content, 'لم يُحدَّد ادعاء.', 'error');
    return;
  }
  const claim = await get(`/claims/${encodeURIComponent(id)}`);
  const history = await historyList(id);
  fill(content, claimCard(claim),
    el('section', { class: 'card' }, el('h2', { text: 'السجل' }), recordList(claim),
      el('h2', { text: 'سجل التغييرات' }), history || el('p', { class: 'meta', text: 'لا يحفظ الخادم سجلاً مفصلاً.' })),
    el('p', {}, el('a', { href: `/claims/${claim.id}`, text: 'JSON' })));
}

render(pageParams()).catch((e) => message(content, `تعذّر التحميل: ${e.message}`, 'error'));
