// The review queue: unreviewed claims, each confirmed, rejected or corrected in place with a JSON
// merge patch. The editor's key is asked once and kept for the browser session (sessionStorage);
// a write sends it as X-API-Key, and If-Match with the claim's ETag when the service gives one.
import {
  COUNTRIES, FORCES, KINDS, QUALIFIERS, apiKey, call, claimCard, el, fill, frame, get, message, number,
  pageParams, query, select, setApiKey,
} from './common.js';
import { historyList, recordList } from './record.js';

frame('review');
const content = document.getElementById('content');
const SIZE = 20;

function keyBox() {
  const box = el('section', { class: 'card keybox', id: 'keybox' });
  const draw = () => {
    if (apiKey()) {
      fill(box, el('span', { id: 'key-state', text: 'مفتاح المحرر محفوظ لهذه الجلسة.' }),
        el('button', { class: 'secondary', type: 'button', text: 'تغيير المفتاح', onclick: () => { setApiKey(''); draw(); } }));
    } else {
      const input = el('input', { type: 'password', id: 'api-key', autocomplete: 'off', placeholder: 'مفتاح المحرر (X-API-Key)' });
      const form = el('form', { class: 'keybox', id: 'key-form' }, el('label', { for: 'api-key', text: 'مفتاح المحرر:' }), input,
        el('button', { type: 'submit', text: 'حفظ للجلسة' }));
      form.addEventListener('submit', (e) => { e.preventDefault(); setApiKey(input.value); draw(); });
      fill(box, form);
    }
  };
  draw();
  return box;
}

async function render(params) {
  const page = Number(params.page || 0);
  const list = el('section', { id: 'queue' });
  fill(content, keyBox(), list);
  try {
    const answer = await get(`/claims${query({ review: 'unreviewed', sort: params.sort || '-asOf', page, size: SIZE })}`);
    const pages = Math.max(1, Math.ceil(answer.total / SIZE));
    fill(list,
      el('p', { id: 'queue-total', text: `${number(answer.total)} ادعاء بانتظار المراجعة — الصفحة ${number(page + 1)} من ${number(pages)}` }),
      answer.items.map(item),
      el('div', { class: 'pager' },
        el('a', { href: page > 0 ? `?page=${page - 1}` : null, text: page > 0 ? 'السابق' : '' }),
        el('a', { href: page + 1 < pages ? `?page=${page + 1}` : null, text: page + 1 < pages ? 'التالي' : '' })));
  } catch (e) {
    message(list, `تعذّر التحميل: ${e.message}`, 'error');
  }
}

function item(claim) {
  const holder = el('div', { class: 'review-item', 'data-claim-id': claim.id });
  draw(holder, claim, null);
  return holder;
}

function draw(holder, claim, status) {
  const note = el('input', { name: 'note', class: 'note', placeholder: 'ملاحظة المراجعة (اختيارية)', size: 40 });
  const said = el('p', { class: 'status', role: 'status', text: status || '' });
  const actions = el('div', { class: 'actions' },
    note,
    el('button', { type: 'button', class: 'confirm', text: 'تأكيد', onclick: () => send(holder, claim, { review: 'confirmed' }, note) }),
    el('button', { type: 'button', class: 'danger reject', text: 'رفض', onclick: () => send(holder, claim, { review: 'rejected' }, note) }),
    el('button', { type: 'button', class: 'secondary correct', text: 'تصحيح', onclick: () => holder.querySelector('.correct-form').hidden = false }));
  const record = el('details', { class: 'record-box', open: status ? true : null },
    el('summary', { text: 'السجل' }), recordList(claim), el('div', { class: 'history-box' }));
  holder.replaceChildren(claimCard(claim, [actions, correctForm(holder, claim, note), said, record]));
  if (status) {
    loadHistory(holder, claim.id);
  }
}

function correctForm(holder, claim, note) {
  const form = el('form', { class: 'correct-form', hidden: true },
    el('label', {}, 'الرقم ', el('input', { type: 'number', name: 'value', min: 0, value: claim.value ?? '' })),
    el('label', {}, 'التقييد ', select('qualifier', QUALIFIERS, '—', claim.qualifier)),
    el('label', {}, 'القوة ', select('force', FORCES, '—', claim.force)),
    el('label', {}, 'البلد ', select('country', COUNTRIES, '—', claim.country)),
    el('label', {}, 'المكان ', el('input', { name: 'place', value: claim.place || '' })),
    el('label', {}, 'النوع ', select('kind', KINDS, '—', claim.kind)),
    el('label', {}, 'حتى تاريخ ', el('input', { name: 'asOf', value: claim.asOf || '', placeholder: '2025-09' })),
    el('button', { type: 'submit', text: 'حفظ التصحيح' }));
  // ids of the selects must stay unique on a page with many forms
  form.querySelectorAll('select').forEach((s) => s.removeAttribute('id'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const patch = {};
    const value = form.elements.value.value.trim();
    if (value !== '' && Number(value) !== claim.value) {
      patch.value = Number(value);
    }
    for (const name of ['qualifier', 'force', 'country', 'place', 'kind', 'asOf']) {
      const v = form.elements[name].value.trim();
      if (v !== (claim[name] || '')) {
        patch[name] = v === '' ? null : v;
      }
    }
    if (!Object.keys(patch).length) {
      holder.querySelector('.status').textContent = 'لم يتغير شيء.';
      return;
    }
    send(holder, claim, patch, note);
  });
  return form;
}

async function send(holder, claim, patch, note) {
  const body = { ...patch };
  if (note.value.trim()) {
    body.reviewNote = note.value.trim();
  }
  holder.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  try {
    const current = await call(`/claims/${claim.id}`);
    const etag = current.headers.get('ETag');
    const { data } = await call(`/claims/${claim.id}`, {
      method: 'PATCH', body, contentType: 'application/merge-patch+json', headers: etag ? { 'If-Match': etag } : {},
    });
    draw(holder, data, `حُفظ: ${labelOf(data)}`);
  } catch (e) {
    const hint = e.status === 401 || e.status === 403 ? ' — أدخل مفتاح محرر صالحاً في الأعلى.' : '';
    holder.querySelector('.status').textContent = `تعذّر الحفظ: ${e.message}${hint}`;
    holder.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  }
}

function labelOf(c) {
  return { confirmed: 'أُكِّد الادعاء', rejected: 'رُفض الادعاء', corrected: 'صُحِّح الادعاء' }[c.review] || c.review;
}

async function loadHistory(holder, id) {
  const box = holder.querySelector('.history-box');
  const list = await historyList(id);
  fill(box, el('h3', { text: 'سجل التغييرات' }), list || el('p', { class: 'meta', text: 'لا يحفظ الخادم سجلاً مفصلاً؛ الحالة الحالية أعلاه.' }));
}

render(pageParams());
