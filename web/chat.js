// ChatPanel is the conversation with the agent: its messages, the questions it asks
// (hitl:request — each shown with the field, the options and a countdown) and the
// user's free-text messages. Answers go out through `answer(hitlId, response)`,
// which the app sends over the socket or, when that is down, through the REST API.

import { h, say } from './dom.js';
import { clockNow, countdown, deadlineOf } from './format.js';

// Up to this many options are shown as buttons; more become a dropdown.
const MAX_OPTION_BUTTONS = 6;
const INPUT_TYPES = { email: 'email', tel: 'tel', phone: 'tel', number: 'number', url: 'url', date: 'date' };

let nextId = 0;
const uid = (prefix) => `${prefix}-${++nextId}`;

// The wire shape is {id, label, prompt, options, required, field_type, suggestion?,
// suggestion_from?}; the session's own events say {question, options, required}. Both
// are accepted.
function normalizeQuestion(q, index) {
  const fieldType = String(q.field_type || q.type || 'text').toLowerCase();
  const label = q.label || q.question || q.prompt || `Question ${index + 1}`;
  const prompt = q.prompt && q.prompt !== label ? q.prompt : q.question && q.question !== label ? q.question : '';
  return {
    id: String(q.id ?? index),
    label,
    prompt,
    options: Array.isArray(q.options) && q.options.length ? q.options.map(String) : fieldType === 'checkbox' ? ['Yes', 'No'] : [],
    required: Boolean(q.required),
    fieldType,
    suggestion: typeof q.suggestion === 'string' ? q.suggestion.trim() : '',
    suggestionFrom: typeof q.suggestion_from === 'string' ? q.suggestion_from : '',
  };
}

// One question's control; returns {node, value(), use(text)}. use() puts a starting
// answer in the control and reports whether it fit (a choice must be one of the options).
function questionControl(q, inputId) {
  if (q.options.length > 0 && q.options.length <= MAX_OPTION_BUTTONS) {
    let chosen = '';
    const buttons = q.options.map((option) =>
      h('button', {
        type: 'button', class: 'option', role: 'radio', 'aria-checked': 'false', dataset: { value: option },
        onclick: (e) => {
          chosen = option;
          for (const b of buttons) b.setAttribute('aria-checked', String(b === e.currentTarget));
        },
      }, option),
    );
    const group = h('div', { class: 'options', role: 'radiogroup', id: inputId, 'aria-labelledby': `${inputId}-label` }, buttons);
    const use = (text) => {
      const button = buttons.find((b) => b.dataset.value.toLowerCase() === text.toLowerCase());
      if (button) button.click();
      return Boolean(button);
    };
    return { node: group, value: () => chosen, use, group: true };
  }
  if (q.options.length > 0) {
    const select = h('select', { id: inputId, class: 'input' },
      h('option', { value: '' }, 'Choose…'),
      q.options.map((option) => h('option', { value: option }, option)));
    const use = (text) => {
      const option = q.options.find((o) => o.toLowerCase() === text.toLowerCase());
      if (option) select.value = option;
      return Boolean(option);
    };
    return { node: select, value: () => select.value, use };
  }
  const long = q.fieldType === 'textarea' || q.fieldType === 'contenteditable' || q.label.length > 60;
  const input = long
    ? h('textarea', { id: inputId, class: 'input', rows: 3 })
    : h('input', { id: inputId, class: 'input', type: INPUT_TYPES[q.fieldType] || 'text', autocomplete: 'off' });
  const use = (text) => {
    input.value = text;
    input.focus();
    input.setSelectionRange?.(0, 0);
    input.scrollTop = 0;
    return true;
  };
  return { node: input, value: () => input.value.trim(), use };
}

// A starting answer the agent found (the user's earlier answer, a passage of their
// documents): shown under the question with where it came from. "Use this" only fills
// the control; nothing is sent until the person presses send.
function suggestionBox(q, control, inputId) {
  if (!q.suggestion) return null;
  const note = h('span', { class: 'suggestion-note small', role: 'status', hidden: true });
  const source = q.suggestionFrom ? `Suggested from ${q.suggestionFrom}` : 'Suggested answer';
  return h('div', { class: 'suggestion', id: `${inputId}-suggestion` },
    h('div', { class: 'suggestion-head' },
      h('span', { class: 'suggestion-from small' }, source),
      h('button', {
        type: 'button', class: 'button ghost small suggestion-use', 'aria-describedby': `${inputId}-suggestion-text`,
        onclick: () => say(note, control.use(q.suggestion) ? 'Check it, edit if needed, then send.' : 'It matches none of the choices: pick one.'),
      }, 'Use this')),
    h('blockquote', { class: 'suggestion-text', id: `${inputId}-suggestion-text` }, q.suggestion),
    note);
}

// One hitl:request, as a form in the chat log.
class QuestionCard {
  constructor(event, onAnswer) {
    const data = event.data || {};
    this.hitlId = data.hitl_id ? String(data.hitl_id) : '';
    this.questions = (data.questions || []).map(normalizeQuestion);
    this.onAnswer = onAnswer;
    this.deadline = deadlineOf(data, 120);
    this.done = false;

    this.controls = this.questions.map((q) => {
      const inputId = uid('hitl-q');
      const control = questionControl(q, inputId);
      const error = h('p', { class: 'form-error small', role: 'alert', hidden: true });
      const fieldset = h('fieldset', { class: 'question' },
        h('legend', {},
          control.group
            ? h('span', { id: `${inputId}-label`, class: 'question-label' }, q.label)
            : h('label', { for: inputId, id: `${inputId}-label`, class: 'question-label' }, q.label),
          q.required ? h('span', { class: 'required', title: 'required' }, ' *', h('span', { class: 'visually-hidden' }, ' (required)')) : null),
        q.prompt ? h('p', { class: 'question-prompt' }, q.prompt) : null,
        suggestionBox(q, control, inputId),
        control.node,
        error);
      return { q, control, error, fieldset };
    });

    this.timer = h('span', { class: 'countdown', role: 'timer', 'aria-label': 'time left to answer' });
    this.status = h('p', { class: 'card-status small', role: 'status', hidden: true });
    this.sendButton = h('button', { type: 'submit', class: 'button primary small' },
      this.questions.length > 1 ? 'Send answers' : 'Send answer');
    const anyRequired = this.questions.some((q) => q.required);
    this.skipButton = anyRequired ? null : h('button', { type: 'button', class: 'button ghost small', onclick: () => this.submit(true) }, 'Skip');

    this.form = h('form', { class: 'hitl-card', dataset: { hitlId: this.hitlId }, onsubmit: (e) => { e.preventDefault(); this.submit(false); } },
      h('div', { class: 'hitl-head' },
        h('strong', {}, event.message || 'The agent needs your answer'),
        this.timer),
      this.controls.map((c) => c.fieldset),
      h('div', { class: 'row' }, this.skipButton, h('div', { class: 'spacer' }), this.sendButton),
      this.status);
    this.tick();
    this.interval = setInterval(() => this.tick(), 1000);
  }

  tick() {
    const left = (this.deadline - Date.now()) / 1000;
    this.timer.textContent = countdown(left);
    this.timer.classList.toggle('urgent', left <= 20);
    if (left <= 0 && !this.done) this.finish('Time is up: the agent moved on. Required questions are left for the draft.', 'expired');
  }

  response(skip) {
    if (skip) return this.questions.length === 1 ? '' : {};
    if (this.questions.length === 1) return this.controls[0].control.value();
    const answers = {};
    for (const { q, control } of this.controls) {
      const value = control.value();
      if (value) answers[q.id] = value;
    }
    return answers;
  }

  validate() {
    let ok = true;
    for (const { q, control, error } of this.controls) {
      const missing = q.required && !control.value();
      say(error, missing ? 'This one is required.' : '');
      ok = ok && !missing;
    }
    return ok;
  }

  async submit(skip) {
    if (this.done || (!skip && !this.validate())) return;
    this.setBusy(true);
    try {
      await this.onAnswer(this.hitlId, this.response(skip));
      this.finish(skip ? 'Skipped.' : 'Sent. Thank you.', 'answered');
    } catch (error) {
      this.setBusy(false);
      say(this.status, error.message);
      this.status.classList.add('form-error');
    }
  }

  setBusy(busy) {
    for (const el of this.form.querySelectorAll('button, input, select, textarea')) el.disabled = busy;
  }

  // Answered here, elsewhere (another tab) or timed out: the card stays as a record.
  finish(text, state) {
    if (this.done) return;
    this.done = true;
    clearInterval(this.interval);
    this.setBusy(true);
    this.timer.textContent = state === 'expired' ? 'expired' : 'answered';
    this.form.dataset.state = state;
    this.status.classList.remove('form-error');
    say(this.status, text);
  }
}

export class ChatPanel {
  // answer(hitlId, response): Promise; say(text): bool (sends a chat:message).
  constructor({ log, form, input, pending, answer, sayText }) {
    this.log = log;
    this.input = input;
    this.pendingBadge = pending;
    this.answer = answer;
    this.sayText = sayText;
    this.cards = new Map();
    this.sentTexts = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      if (this.sayText(text)) {
        this.sentTexts.push(text);
        this.message('user', text);
        input.value = '';
      } else {
        this.message('system', 'Not sent: the connection is down. It will be back in a moment.');
      }
    });
  }

  clear() {
    for (const card of this.cards.values()) card.finish('', 'closed');
    this.cards.clear();
    this.log.replaceChildren();
    this.updatePending();
  }

  message(from, text, time = clockNow()) {
    const who = from === 'user' ? 'You' : from === 'system' ? 'Live Applier' : 'Agent';
    this.append(h('div', { class: `msg from-${from}` },
      h('div', { class: 'msg-meta' }, h('span', {}, who), h('time', {}, time)),
      h('div', { class: 'msg-text' }, text)));
  }

  append(node) {
    this.log.append(node);
    this.log.scrollTop = this.log.scrollHeight;
  }

  // chat:message events (from the agent, the user, or the system: "You took over");
  // the user's own messages echoed back are not shown twice.
  agentMessage(event) {
    const data = event.data || {};
    const text = event.message || data.text || '';
    const from = event.agent === 'user' || data.from === 'user' ? 'user' : data.from === 'system' ? 'system' : 'agent';
    if (from === 'user') {
      const i = this.sentTexts.indexOf(text);
      if (i >= 0) {
        this.sentTexts.splice(i, 1);
        return;
      }
    }
    this.message(from, text, event.timestamp);
  }

  ask(event) {
    const card = new QuestionCard(event, async (hitlId, response) => {
      await this.answer(hitlId, response);
      this.updatePending(card);
    });
    this.cards.set(card.hitlId || uid('hitl'), card);
    this.append(card.form);
    this.updatePending();
    const first = card.form.querySelector('input, textarea, select, .option');
    if (first && !document.activeElement?.matches('input, textarea, select, canvas')) first.focus({ preventScroll: true });
  }

  // hitl:response seen on the stream: the question was answered (maybe in another
  // tab). Without an id it answers every open card: the agent waits on one batch at
  // a time, so anything still open is behind it.
  resolved(hitlId) {
    const cards = hitlId ? [this.cards.get(String(hitlId))] : [...this.cards.values()];
    for (const card of cards) if (card) card.finish('Answered.', 'answered');
    this.updatePending();
  }

  // Questions still open, after `except` was just answered.
  updatePending(except) {
    const open = [...this.cards.values()].filter((c) => !c.done && c !== except).length;
    this.pendingBadge.textContent = open ? `${open} question${open === 1 ? '' : 's'} for you` : '';
    this.pendingBadge.hidden = open === 0;
  }

  // The application ended: open questions can no longer be answered.
  closeAll() {
    for (const card of this.cards.values()) card.finish('The application ended before this was answered.', 'expired');
    this.updatePending();
  }
}
