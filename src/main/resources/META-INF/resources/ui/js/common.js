// Shared by every dashboard page: the API client, safe element building, Arabic labels, navigation.
// Text is only ever inserted with text nodes (textContent), never parsed as HTML, except the search
// highlights, which go through highlighted() and keep nothing but text and <em>.

const KEY_STORE = 'raqib.apiKey';

export function apiKey() {
  return sessionStorage.getItem(KEY_STORE) || '';
}

export function setApiKey(key) {
  if (key) {
    sessionStorage.setItem(KEY_STORE, key.trim());
  } else {
    sessionStorage.removeItem(KEY_STORE);
  }
}

/** An error the API answered as problem+json (or any non-2xx). */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

/** Calls the API on this origin; sends X-API-Key when the user gave one. Answers {data, headers}. */
export async function call(path, { method = 'GET', body, contentType, headers = {} } = {}) {
  const sent = { Accept: 'application/json', ...headers };
  if (apiKey()) {
    sent['X-API-Key'] = apiKey();
  }
  if (body !== undefined) {
    sent['Content-Type'] = contentType || 'application/json';
  }
  const response = await fetch(path, {
    method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!response.ok) {
    const detail = data && typeof data === 'object' ? (data.detail || data.title) : null;
    throw new ApiError(response.status, detail);
  }
  return { data, headers: response.headers };
}

export async function get(path) {
  return (await call(path)).data;
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, v);
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The page's own query parameters. */
export function pageParams() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/**
 * Builds an element. attrs: class, text, href (only same-origin paths or http(s)), data-*, and any
 * plain attribute; children: nodes or strings (strings become text nodes).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'text') {
      node.textContent = String(value);
    } else if (name === 'href') {
      node.setAttribute('href', safeHref(String(value)));
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function safeHref(href) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return href;
  }
  try {
    const url = new URL(href, location.origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** Empties a node and fills it with the children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/**
 * A search highlight (HTML-escaped text with <em> marks, as the API sends it) as DOM nodes: parsed in
 * an inert document, and only its text and <em> elements are carried over.
 */
export function highlighted(fragment) {
  const doc = new DOMParser().parseFromString(`<body>${fragment}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of doc.body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'EM') {
      out.append(el('mark', { text: node.textContent }));
    } else {
      out.append(document.createTextNode(node.textContent));
    }
  }
  return out;
}

const NUMBERS = new Intl.NumberFormat('ar-u-nu-latn');

export function number(n) {
  return n === null || n === undefined ? '—' : NUMBERS.format(n);
}

export const FORCES = {
  US: 'القوات الأمريكية', COALITION: 'التحالف الدولي', ISIS: 'تنظيم داعش', SDF: 'قسد',
  SYRIAN_GOV: 'القوات الحكومية السورية', IRAQI: 'القوات العراقية', PESHMERGA: 'البيشمركة',
  PMF: 'الحشد الشعبي', TURKISH: 'القوات التركية', RUSSIAN: 'القوات الروسية', IRANIAN: 'القوات الإيرانية',
  HTS: 'هيئة تحرير الشام', NATO: 'حلف الناتو', FRENCH: 'القوات الفرنسية', GERMAN: 'القوات الألمانية',
  ITALIAN: 'القوات الإيطالية', SPANISH: 'القوات الإسبانية', BRITISH: 'القوات البريطانية', OTHER: 'أخرى',
};

export const COUNTRIES = {
  IQ: 'العراق', SY: 'سوريا', KW: 'الكويت', JO: 'الأردن', TR: 'تركيا', IR: 'إيران', LB: 'لبنان',
  SA: 'السعودية', QA: 'قطر', BH: 'البحرين', AE: 'الإمارات', US: 'الولايات المتحدة',
};

export const KINDS = {
  presence: 'تواجد', deployment: 'نشر إضافي', withdrawal: 'انسحاب', target: 'مستوى مستهدف',
  casualties: 'خسائر', detained: 'محتجزون', transfer: 'نقل', other: 'أخرى',
};

export const QUALIFIERS = {
  exact: 'بالضبط', approx: 'نحو', more_than: 'أكثر من', less_than: 'أقل من', at_least: 'على الأقل',
  at_most: 'على الأكثر', range: 'بين',
};

export const REVIEWS = {
  unreviewed: 'بانتظار المراجعة', confirmed: 'مؤكَّد', rejected: 'مرفوض', corrected: 'مصحَّح',
};

export const STATUSES = {
  upcoming: 'قادم', passed: 'انقضى', postponed: 'أُجِّل', superseded: 'استُبدل',
};

export const SUBJECTS = {
  withdrawal: 'انسحاب', mission_end: 'انتهاء المهمة', presence_until: 'بقاء حتى', deployment: 'انتشار',
  other: 'أخرى',
};

export function label(table, code) {
  return code ? (table[code] || code) : '—';
}

/** "نحو 2,000" or "1,800–2,200" for a claim or timeline point. */
export function figure(c) {
  if (c.value !== null && c.value !== undefined) {
    const q = c.qualifier && c.qualifier !== 'exact' && c.qualifier !== 'range' ? `${label(QUALIFIERS, c.qualifier)} ` : '';
    return q + number(c.value);
  }
  if (c.low !== null && c.low !== undefined && c.high !== null && c.high !== undefined) {
    return `${number(c.low)}–${number(c.high)}`;
  }
  if (c.low !== null && c.low !== undefined) {
    return `${label(QUALIFIERS, c.qualifier)} ${number(c.low)}`;
  }
  if (c.high !== null && c.high !== undefined) {
    return `${label(QUALIFIERS, c.qualifier)} ${number(c.high)}`;
  }
  return c.text || '—';
}

/** The force and where, e.g. "القوات الأمريكية · سوريا · التنف". */
export function where(c) {
  return [label(FORCES, c.force), c.country ? label(COUNTRIES, c.country) : null, c.place]
    .filter(Boolean).join(' · ');
}

/** The originator (and the reporter it came through) of an attribution chain, as words. */
export function sourceOf(c) {
  const chain = c.attributionChain || {};
  const name = (p) => (p ? (p.name || p.text) : null);
  const origin = name(chain.originator) || c.attribution || (c.attributedTo && c.attributedTo.name);
  const reporter = name(chain.reporter);
  if (origin && reporter) {
    return `${origin} (عبر ${reporter})`;
  }
  return origin || reporter || 'دون نسبة';
}

export function sourceLink(ref) {
  if (!ref) {
    return null;
  }
  return ref.id ? el('a', { href: `/ui/sources.html?id=${ref.id}`, text: ref.name }) : el('span', { text: ref.name });
}

/** A <select> over a code table, with an empty first option. */
export function select(name, table, emptyLabel, selected) {
  return el('select', { name, id: name },
    el('option', { value: '', text: emptyLabel }),
    Object.entries(table).map(([code, text]) => el('option', { value: code, text, selected: code === selected })));
}

/** A claim as a card: the figure, force and place, source, its own sentence, article link. */
export function claimCard(c, extra = []) {
  return el('article', { class: `card claim review-${c.review}`, 'data-claim-id': c.id },
    el('div', { class: 'figure-line' },
      el('span', { class: 'figure', text: figure(c) }),
      el('span', { class: 'where', text: where(c) }),
      el('span', { class: `badge ${c.review}`, text: label(REVIEWS, c.review) })),
    el('blockquote', { class: 'sentence' }, sentenceWithFigure(c)),
    el('div', { class: 'meta' },
      el('span', {}, 'المصدر: ', sourceOf(c)),
      c.outlet ? el('span', {}, 'نشرته: ', sourceLink(c.outlet)) : null,
      c.asOf ? el('span', {}, 'حتى: ', when(c.asOf)) : null,
      el('a', { href: `/ui/article.html?id=${c.articleId}`, text: 'المقال' }),
      el('a', { href: `/ui/claim.html?id=${c.id}`, text: 'السجل' })),
    extra);
}

/** The claim's sentence with its own words marked (by text match: offsets point into the field). */
export function sentenceWithFigure(c) {
  const sentence = c.sentence || c.text || '';
  const at = c.text ? sentence.indexOf(c.text) : -1;
  if (at < 0) {
    return sentence;
  }
  return [sentence.slice(0, at), el('mark', { text: c.text }), sentence.slice(at + c.text.length)];
}

/** A date as written (2026-11, 2026-11-28), kept left-to-right inside Arabic text. */
export function when(text) {
  return text ? el('time', { text }) : null;
}

export function message(node, text, kind = 'info') {
  return fill(node, el('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status', text }));
}

const PAGES = [
  ['/', 'الرئيسية', 'home'],
  ['/ui/search.html', 'البحث', 'search'],
  ['/ui/timeline.html', 'الأرقام عبر الزمن', 'timeline'],
  ['/ui/conflicts.html', 'التعارضات', 'conflicts'],
  ['/ui/deadlines.html', 'المواعيد', 'deadlines'],
  ['/ui/review.html', 'المراجعة', 'review'],
  ['/ui/sources.html', 'المصادر', 'sources'],
];

/** The header and navigation every page shares; marks the current page. */
export function frame(current) {
  const nav = el('nav', { 'aria-label': 'أقسام رقيب' },
    el('ul', {}, PAGES.map(([href, text, id]) =>
      el('li', {}, el('a', { href, text, 'aria-current': id === current ? 'page' : null })))));
  document.body.prepend(el('header', { class: 'top' },
    el('a', { class: 'brand', href: '/' }, el('strong', { text: 'رقيب' }), el('span', { text: 'رصد الوجود العسكري الأجنبي في الأخبار العربية' })),
    nav));
}
