// Timeline lists what the agent did, one row per event: an icon and label per event
// type, the agent's message, and the time it happened. Used live and in the history.

import { h, icon } from './dom.js';

const ICONS = {
  start: 'M5 3.5v9l7-4.5z',
  navigate: ['M2.5 8h10', 'M9 4.5 12.5 8 9 11.5'],
  click: ['M4 2.5l8 5.5-3.6.9L6.6 13z'],
  type: ['M1.5 4.5h13v7h-13z', 'M4 9.5h8', 'M4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01'],
  upload: ['M8 11V3', 'M4.5 6.5 8 3l3.5 3.5', 'M3 13.5h10'],
  fill: ['M3 13l.8-3.2L10.5 3l2.5 2.5-6.8 6.7z'],
  complete: ['M3 8.5l3.2 3.2L13 4.8'],
  error: ['M8 2l6.5 11.5h-13z', 'M8 6.5v3', 'M8 11.6v.1'],
  question: ['M8 14.5A6.5 6.5 0 1 0 8 1.5a6.5 6.5 0 0 0 0 13z', 'M6 6.2a2 2 0 1 1 2.6 1.9c-.4.2-.6.5-.6.9v.6', 'M8 11.3v.1'],
  answer: ['M6 4 2.5 7.5 6 11', 'M2.5 7.5h7a4 4 0 0 1 4 4v1'],
  draft: ['M4 1.5h5.5l3 3v10H4z', 'M6 8h5M6 10.5h5M6 5.5h2'],
  chat: ['M2 3h12v8H7l-3.5 2.5V11H2z'],
  camera: ['M1.5 4.5h13v9h-13z', 'M5.5 4.5l1-2h3l1 2', 'M8 11.2a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4z'],
  hand: ['M5 8V3.5a1 1 0 0 1 2 0V7', 'M7 7V2.5a1 1 0 0 1 2 0V7', 'M9 7V3.5a1 1 0 0 1 2 0V9', 'M5 8 4 6.8a1 1 0 0 0-1.6 1.2L5 12c1 1.6 2.2 2.5 4 2.5 2 0 3-1.5 3-3.5V9'],
  info: ['M8 14.5A6.5 6.5 0 1 0 8 1.5a6.5 6.5 0 0 0 0 13z', 'M8 7.5v4', 'M8 5v.1'],
};

// type → how it is shown. Tones match the CSS badge colours.
const KINDS = {
  'applier:start': { label: 'Started', icon: 'start', tone: 'info' },
  'applier:navigate': { label: 'Navigate', icon: 'navigate', tone: 'info' },
  'applier:click': { label: 'Click', icon: 'click', tone: 'info' },
  'applier:type': { label: 'Type', icon: 'type', tone: 'info' },
  'applier:upload': { label: 'Upload', icon: 'upload', tone: 'info' },
  'applier:fill': { label: 'Filled', icon: 'fill', tone: 'info' },
  'applier:complete': { label: 'Finished', icon: 'complete', tone: 'success' },
  'applier:error': { label: 'Problem', icon: 'error', tone: 'danger' },
  'hitl:request': { label: 'Question for you', icon: 'question', tone: 'attention' },
  'hitl:response': { label: 'Answered', icon: 'answer', tone: 'success' },
  'draft:review': { label: 'Draft ready', icon: 'draft', tone: 'attention' },
  'draft:confirm': { label: 'Draft decision', icon: 'complete', tone: 'success' },
  'draft:edit': { label: 'Changes requested', icon: 'fill', tone: 'attention' },
  'chat:message': { label: 'Message', icon: 'chat', tone: 'muted' },
  'browser:screenshot': { label: 'Screenshot', icon: 'camera', tone: 'muted' },
  'takeover:start': { label: 'You took over', icon: 'hand', tone: 'attention' },
  'takeover:end': { label: 'Handed back', icon: 'hand', tone: 'info' },
};

export function kindOf(type) {
  return KINDS[type] || { label: type, icon: 'info', tone: 'muted' };
}

// "14:32:45" as sent, or the time part of an ISO timestamp.
function timeOf(event) {
  const t = event.timestamp || event.created_at || '';
  const match = /(\d{2}:\d{2}:\d{2})/.exec(String(t));
  return match ? match[1] : String(t);
}

export function eventRow(event) {
  const kind = kindOf(event.type);
  const message = event.message || '';
  return h(
    'li',
    { class: 'tl-item', dataset: { type: event.type, tone: kind.tone, seq: event.seq ?? '' } },
    h('span', { class: 'tl-icon' }, icon(ICONS[kind.icon])),
    h(
      'div',
      { class: 'tl-body' },
      h('div', { class: 'tl-line' }, h('span', { class: 'tl-label' }, kind.label), h('time', { class: 'tl-time' }, timeOf(event))),
      message ? h('div', { class: 'tl-message' }, message) : null,
    ),
  );
}

export class Timeline {
  constructor(list, counter) {
    this.list = list;
    this.counter = counter;
    this.count = 0;
  }

  clear() {
    this.list.replaceChildren();
    this.count = 0;
    this.counter.textContent = '';
  }

  add(event) {
    const atBottom = this.list.scrollTop + this.list.clientHeight >= this.list.scrollHeight - 24;
    this.list.append(eventRow(event));
    this.count += 1;
    this.counter.textContent = `${this.count} event${this.count === 1 ? '' : 's'}`;
    if (atBottom) this.list.scrollTop = this.list.scrollHeight;
  }
}
