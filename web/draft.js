// The draft review: the full-page screenshot of the filled form and a table of every
// field (value, where the value came from, confidence, status and notes), with
// Confirm and "Request changes". Nothing is submitted until the user confirms; a
// change request produces a new revision, which replaces this one on screen.

import { api } from './api.js';
import { h, say } from './dom.js';
import { countdown, deadlineOf, fieldStatusLabel, percent, sourceLabel } from './format.js';

// The table of fields, shared by the live review and the history page.
export function draftTable(fields) {
  const rows = (fields || []).map((f) => {
    const needsHuman = f.status === 'needs_human';
    const confidence = Number(f.confidence);
    return h('tr', { class: needsHuman ? 'needs-human' : '', dataset: { status: f.status || '' } },
      h('th', { scope: 'row' }, f.label || '(no label)',
        f.required ? h('span', { class: 'required', title: 'required' }, ' *', h('span', { class: 'visually-hidden' }, ' (required)')) : null),
      h('td', { class: 'value' }, f.value ? String(f.value) : h('span', { class: 'muted' }, 'empty')),
      h('td', {}, h('span', { class: `badge source source-${f.source || 'none'}` }, sourceLabel(f.source)),
        Array.isArray(f.decided_by) && f.decided_by.length
          ? h('div', { class: 'decided-by small muted' }, `decided by ${f.decided_by.join(', ')}`)
          : null),
      h('td', { class: 'confidence' },
        Number.isFinite(confidence) && f.source
          ? [h('meter', { min: 0, max: 1, low: 0.5, high: 0.8, optimum: 1, value: confidence, 'aria-label': 'confidence' }), ' ', percent(confidence)]
          : '—'),
      h('td', {}, h('span', { class: `status status-${f.status || 'none'}` }, fieldStatusLabel(f.status)),
        f.note ? h('div', { class: 'note' }, f.note) : null));
  });
  return h('div', { class: 'table-scroll' },
    h('table', { class: 'table draft-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Source'),
        h('th', { scope: 'col' }, 'Confidence'), h('th', { scope: 'col' }, 'Status'))),
      h('tbody', {}, rows)));
}

// The screenshot, fetched with the token (an <img src> cannot send it). No URL: the
// browser could not take one.
export function draftScreenshot(url, alt) {
  const frame = h('div', { class: 'shot-frame' }, h('p', { class: 'muted small pad' }, url ? 'Loading the screenshot…' : 'No screenshot was taken of this draft.'));
  const link = h('a', { class: 'link small', target: '_blank', rel: 'noopener', hidden: true }, 'Open full size');
  const figure = h('figure', { class: 'shot' }, frame, h('figcaption', {}, link));
  if (!url) return figure;
  api.objectUrl(url).then(
    (objectUrl) => {
      figure.dataset.objectUrl = objectUrl;
      frame.replaceChildren(h('img', { src: objectUrl, alt, class: 'shot-img' }));
      link.href = objectUrl;
      link.hidden = false;
    },
    (error) => frame.replaceChildren(h('p', { class: 'muted small pad' }, `No screenshot: ${error.message}`)),
  );
  return figure;
}

export function releaseScreenshots(root) {
  for (const figure of root.querySelectorAll('figure.shot[data-object-url]')) URL.revokeObjectURL(figure.dataset.objectUrl);
}

export class DraftPanel {
  // reply(hitlId, text): Promise — sends "confirm" or the change request.
  constructor(root, { reply }) {
    this.root = root;
    this.reply = reply;
    this.interval = null;
    this.current = null;
  }

  hide() {
    this.stop();
    releaseScreenshots(this.root);
    this.root.replaceChildren();
    this.root.hidden = true;
    this.current = null;
  }

  stop() {
    clearInterval(this.interval);
    this.interval = null;
  }

  // A draft:review event; a later revision replaces the one on screen.
  show(event) {
    const data = event.data || {};
    this.hide();
    const revision = Number(data.revision || 1);
    const fields = data.fields || [];
    const needing = fields.filter((f) => f.status === 'needs_human').length;
    this.current = { hitlId: data.hitl_id ? String(data.hitl_id) : '', revision, done: false };

    const timer = h('span', { class: 'countdown', role: 'timer', 'aria-label': 'time left to review' });
    this.status = h('p', { class: 'card-status', role: 'status', 'aria-live': 'polite', hidden: true });
    this.confirmButton = h('button', { type: 'button', class: 'button primary', id: 'draft-confirm', onclick: () => this.send('confirm', 'Confirmed. Submitting the application…') }, 'Confirm and submit');
    this.changes = h('textarea', { id: 'draft-changes', class: 'input', rows: 2, placeholder: 'e.g. change salary to 150k' });
    this.changeError = h('p', { class: 'form-error small', role: 'alert', hidden: true });
    this.changeButton = h('button', { type: 'submit', class: 'button', id: 'draft-request-changes' }, 'Request changes');
    const changeForm = h('form', {
      class: 'changes-form',
      onsubmit: (e) => {
        e.preventDefault();
        const text = this.changes.value.trim();
        if (!text) {
          say(this.changeError, 'Say what to change, for example "change salary to 150k".');
          this.changes.focus();
          return;
        }
        say(this.changeError, '');
        this.send(text, `Asked for: “${text}”. The agent is updating the form; a new draft follows.`);
      },
    },
    h('label', { for: 'draft-changes' }, 'Request changes'),
    this.changes, this.changeError, h('div', { class: 'row' }, h('div', { class: 'spacer' }), this.changeButton));

    this.root.replaceChildren(
      h('div', { class: 'card-head' },
        h('h2', { class: 'card-title', id: 'draft-title' }, `Draft — revision ${revision}`),
        needing ? h('span', { class: 'badge attention' }, `${needing} field${needing === 1 ? '' : 's'} need you`) : null,
        h('div', { class: 'spacer' }),
        timer),
      h('p', { class: 'muted small' }, 'Nothing has been sent yet. Check every value, then confirm to submit or ask for changes.'),
      h('div', { class: 'draft-grid' },
        draftScreenshot(data.screenshot_url, `Full-page screenshot of the filled form, revision ${revision}`),
        h('div', { class: 'draft-actions' }, this.confirmButton, changeForm, this.status)),
      draftTable(fields));
    this.root.dataset.revision = String(revision);
    this.root.hidden = false;

    const deadline = deadlineOf(data, 300);
    const tick = () => {
      const left = (deadline - Date.now()) / 1000;
      timer.textContent = countdown(left);
      timer.classList.toggle('urgent', left <= 30);
      if (left <= 0) {
        this.finish('Time is up: the application is kept as a draft. Resume it from the history.');
      }
    };
    tick();
    this.interval = setInterval(tick, 1000);
    this.root.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  async send(text, note) {
    if (!this.current || this.current.done) return;
    this.setBusy(true);
    try {
      await this.reply(this.current.hitlId, text);
      this.finish(note);
    } catch (error) {
      this.setBusy(false);
      say(this.status, error.message);
    }
  }

  setBusy(busy) {
    for (const el of this.root.querySelectorAll('button, textarea')) el.disabled = busy;
  }

  finish(note) {
    if (!this.current) return;
    this.current.done = true;
    this.stop();
    this.setBusy(true);
    say(this.status, note);
  }

  // draft:confirm / draft:edit on the stream: the decision was taken (maybe elsewhere).
  decided(event) {
    if (!this.current || this.current.done) return;
    const data = event.data || {};
    if (event.type === 'draft:edit') this.finish(`Changes requested: “${data.request || ''}”. A new draft follows.`);
    else this.finish(data.confirmed === false ? 'The draft was declined.' : 'Confirmed. Submitting the application…');
  }

  // The application ended while the draft was open.
  ended() {
    if (this.current && !this.current.done) this.finish('The application ended.');
  }
}
