// A claim's record and its change history, shared by the review queue and the claim page.
// The history comes from GET /claims/{id}/history when the service has it; otherwise the record
// itself says what the review changed (state, note, the extractor's values kept on correction).
import { COUNTRIES, FORCES, KINDS, QUALIFIERS, REVIEWS, el, figure, get, label } from './common.js';

export function recordList(c) {
  const rows = [
    ['الرقم', figure(c)],
    ['القوة', label(FORCES, c.force)],
    ['البلد', label(COUNTRIES, c.country)],
    ['المكان', c.place || '—'],
    ['النوع', label(KINDS, c.kind)],
    ['حتى تاريخ', c.asOf || '—'],
    ['المراجعة', label(REVIEWS, c.review)],
    ['ملاحظة المراجع', c.reviewNote || '—'],
    ['آخر تعديل', c.updatedAt || '—'],
  ];
  if (c.extracted) {
    rows.push(['قيم الاستخراج الأصلية', describe(c.extracted)]);
  }
  return el('dl', { class: 'record', 'data-review': c.review },
    rows.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
}

function describe(values) {
  const parts = [];
  if (values.value !== undefined && values.value !== null) {
    parts.push(`${values.qualifier ? `${label(QUALIFIERS, values.qualifier)} ` : ''}${values.value}`);
  }
  for (const [k, v] of Object.entries(values)) {
    if (!['value', 'qualifier'].includes(k) && v !== null && v !== undefined) {
      parts.push(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`);
    }
  }
  return parts.join('، ');
}

/** The change history as a list, or null when the service keeps none. */
export async function historyList(id) {
  let answer;
  try {
    answer = await get(`/claims/${encodeURIComponent(id)}/history`);
  } catch {
    return null;
  }
  const entries = Array.isArray(answer) ? answer : (answer && (answer.items || answer.changes)) || [];
  return el('ol', { class: 'history' }, entries.map((e) => el('li', {},
    el('strong', { text: first(e, ['at', 'changedAt', 'timestamp', 'createdAt', 'time']) || '' }), ' ',
    first(e, ['actor', 'by', 'user', 'keyName', 'who']) || '', ' ',
    first(e, ['action', 'type', 'operation', 'event']) || '', ' ',
    summary(e))));
}

function first(entry, names) {
  for (const n of names) {
    if (entry[n] !== undefined && entry[n] !== null && typeof entry[n] !== 'object') {
      return String(entry[n]);
    }
  }
  return null;
}

function summary(entry) {
  const change = entry.changes || entry.diff || entry.patch || entry.after || entry.state;
  if (!change) {
    return '';
  }
  const text = JSON.stringify(change);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
