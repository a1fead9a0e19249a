// The user's applications: the short list in the sidebar, the History table, and one
// application's page with its outcome, latest draft, answers, full event log and —
// for a submitted one — the receipt of exactly what was sent, downloadable.

import { api } from './api.js';
import { h, say } from './dom.js';
import { draftScreenshot, draftTable, releaseScreenshots } from './draft.js';
import { dateTime, outcomeOf, shortUrl, statusOf } from './format.js';
import { eventRow } from './timeline.js';

const RUNNING = new Set(['queued', 'running', 'waiting', 'waiting_human', 'waiting_for_human', 'waiting_draft', 'draft', 'cancelling']);

export function isRunning(app) {
  return !app.outcome && RUNNING.has(app.status || 'running');
}

function titleOf(app) {
  return app.title || shortUrl(app.url) || app.session_id;
}

function pill(info) {
  return h('span', { class: `pill tone-${info.tone}` }, info.text);
}

function stateOf(app) {
  return app.outcome ? outcomeOf(app.outcome) : statusOf(app.status);
}

export class History {
  constructor({ recentList, recentEmpty, table, tableEmpty, detail }) {
    this.recentList = recentList;
    this.recentEmpty = recentEmpty;
    this.tableBody = table.tBodies[0];
    this.tableEmpty = tableEmpty;
    this.detail = detail;
    this.apps = [];
  }

  async refresh() {
    const body = await api.applications();
    this.apps = [...(body.applications || [])].sort((a, b) =>
      String(b.created_at || '').localeCompare(String(a.created_at || '')));
    this.renderRecent();
    this.renderTable();
    return this.apps;
  }

  // Where a row leads: a running application to its live view, others to their page.
  static hrefOf(app) {
    return isRunning(app) ? `#/live/${encodeURIComponent(app.session_id)}` : `#/history/${encodeURIComponent(app.session_id)}`;
  }

  renderRecent() {
    const items = this.apps.slice(0, 8).map((app) => {
      const state = stateOf(app);
      return h('li', {},
        h('a', { href: History.hrefOf(app), class: 'recent-item', dataset: { sessionId: app.session_id } },
          h('span', { class: 'recent-title' }, titleOf(app)),
          h('span', { class: 'recent-meta' }, h('span', { class: `dot tone-${state.tone}`, 'aria-hidden': 'true' }), state.text, ' · ', dateTime(app.created_at))));
    });
    this.recentList.replaceChildren(...items);
    this.recentEmpty.hidden = items.length > 0;
  }

  renderTable() {
    const rows = this.apps.map((app) =>
      h('tr', { dataset: { sessionId: app.session_id } },
        h('td', {}, h('a', { href: History.hrefOf(app), class: 'link' }, titleOf(app)),
          h('div', { class: 'muted small ellipsis' }, app.url || '')),
        h('td', {}, pill(statusOf(app.status))),
        h('td', {}, app.outcome ? pill(outcomeOf(app.outcome)) : h('span', { class: 'muted' }, '—')),
        h('td', {}, dateTime(app.created_at)),
        h('td', {}, dateTime(app.updated_at))));
    this.tableBody.replaceChildren(...rows);
    this.tableEmpty.hidden = rows.length > 0;
  }

  // One application's page. `actions` are callbacks: openLive(id), resumed(id).
  async showDetail(sessionId, actions) {
    releaseScreenshots(this.detail);
    this.detail.replaceChildren(h('p', { class: 'muted pad' }, 'Loading…'));
    let app;
    let events;
    try {
      [app, events] = await Promise.all([
        api.application(sessionId).then((b) => b.application),
        api.events(sessionId, 0).then((b) => b.events || []),
      ]);
    } catch (error) {
      this.detail.replaceChildren(
        h('div', { class: 'view-head' }, h('h1', { id: 'detail-title' }, 'Application')),
        h('p', { class: 'banner danger', role: 'alert' }, error.message),
        h('a', { href: '#/history', class: 'link' }, 'Back to the history'));
      return;
    }
    const state = stateOf(app);
    const message = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const buttons = [];
    if (isRunning(app)) {
      buttons.push(h('a', { class: 'button primary small', href: `#/live/${encodeURIComponent(sessionId)}` }, 'Open live view'));
    }
    if (app.resumable || app.status === 'kept_draft') {
      buttons.push(h('button', {
        type: 'button', class: 'button primary small', id: 'resume-button',
        onclick: async (e) => {
          e.currentTarget.disabled = true;
          try {
            await api.resume(sessionId);
            actions.resumed(sessionId);
          } catch (error) {
            e.currentTarget.disabled = false;
            say(message, error.message);
          }
        },
      }, 'Resume'));
    }

    const sections = [
      h('div', { class: 'view-head' },
        h('div', { class: 'session-title' },
          h('h1', { id: 'detail-title' }, titleOf(app)),
          app.url ? h('a', { class: 'session-url', href: app.url, target: '_blank', rel: 'noopener noreferrer' }, app.url) : null),
        h('div', { class: 'session-actions' }, pill(state), buttons)),
      message,
      h('dl', { class: 'facts card' },
        h('div', {}, h('dt', {}, 'Status'), h('dd', {}, statusOf(app.status).text)),
        h('div', {}, h('dt', {}, 'Outcome'), h('dd', { id: 'detail-outcome' }, app.outcome ? outcomeOf(app.outcome).text : '—')),
        app.reason || app.message ? h('div', { class: 'wide' }, h('dt', {}, 'Why'), h('dd', {}, app.reason || app.message)) : null,
        h('div', {}, h('dt', {}, 'Started'), h('dd', {}, dateTime(app.created_at))),
        h('div', {}, h('dt', {}, 'Updated'), h('dd', {}, dateTime(app.updated_at)))),
    ];

    if (app.receipt_url) sections.push(this.receiptSection(app));

    if (app.draft) {
      sections.push(h('section', { class: 'card', 'aria-labelledby': 'detail-draft' },
        h('div', { class: 'card-head' }, h('h2', { class: 'card-title', id: 'detail-draft' }, `Draft — revision ${app.draft.revision || 1}`)),
        h('div', { class: 'draft-grid' },
          draftScreenshot(app.draft.screenshot_url, 'Full-page screenshot of the draft'),
          draftTable(app.draft.fields))));
    }

    const answers = app.answers || [];
    sections.push(h('section', { class: 'card', 'aria-labelledby': 'detail-answers' },
      h('div', { class: 'card-head' }, h('h2', { class: 'card-title', id: 'detail-answers' }, 'Your answers')),
      answers.length
        ? h('ul', { class: 'answer-list' }, answers.map((a) =>
          h('li', {}, h('div', { class: 'answer-q' }, a.question || a.label || ''), h('div', { class: 'answer-a' }, formatAnswer(a)))))
        : h('p', { class: 'muted small' }, 'You were not asked anything for this application.')));

    sections.push(h('section', { class: 'card', 'aria-labelledby': 'detail-events' },
      h('div', { class: 'card-head' },
        h('h2', { class: 'card-title', id: 'detail-events' }, 'Event log'),
        h('span', { class: 'muted small' }, `${events.length} events`)),
      h('ol', { class: 'timeline timeline-full', id: 'detail-timeline' },
        events.filter((e) => !(e.type === 'browser:screenshot' && e.data && e.data.screenshot)).map(eventRow))));

    this.detail.replaceChildren(...sections);
  }

  receiptSection(app) {
    const status = h('p', { class: 'form-error small', role: 'alert', hidden: true });
    const download = h('button', {
      type: 'button', class: 'button small', id: 'receipt-download',
      onclick: async () => {
        try {
          const base = app.receipt_url;
          const url = await api.objectUrl(base + (base.includes('?') ? '&' : '?') + 'download=1');
          const a = h('a', { href: url, download: `receipt-${app.session_id}.json` });
          document.body.append(a);
          a.click();
          a.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10000);
        } catch (error) {
          say(status, error.message);
        }
      },
    }, 'Download receipt');
    const body = h('div', { class: 'receipt-body muted small' }, 'Loading the receipt…');
    api.get(app.receipt_url)
      .then((receipt) => body.replaceChildren(receiptSummary(receipt)))
      .catch((error) => body.replaceChildren(`Could not load the receipt: ${error.message}`));
    return h('section', { class: 'card', 'aria-labelledby': 'detail-receipt' },
      h('div', { class: 'card-head' },
        h('h2', { class: 'card-title', id: 'detail-receipt' }, 'Receipt: what was sent'),
        h('div', { class: 'spacer' }), download),
      body, status);
  }
}

// A stored answer: its text, or only its length for a sensitive question.
function formatAnswer(a) {
  if (a.answer !== undefined && a.answer !== null) return typeof a.answer === 'string' ? a.answer : JSON.stringify(a.answer);
  if (a.length !== undefined) return `${a.length} characters (kept private)`;
  return a.answered === false ? 'Not answered' : '—';
}

function receiptSummary(receipt) {
  const values = receipt.values || receipt.fields || {};
  const entries = Array.isArray(values)
    ? values.map((v) => [v.label || v.name, v.value])
    : Object.entries(values);
  const files = receipt.files || [];
  return h('div', { class: 'receipt' },
    receipt.confirmation_text ? h('blockquote', { class: 'confirmation' }, receipt.confirmation_text) : null,
    h('table', { class: 'table compact' },
      h('tbody', {}, entries.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, String(k)), h('td', { class: 'value' }, typeof v === 'string' ? v : JSON.stringify(v)))))),
    files.length
      ? h('ul', { class: 'file-list' }, files.map((f) =>
        h('li', {}, h('strong', {}, f.filename || f.name), ' ', h('code', { class: 'hash', title: 'SHA-256' }, f.sha256 || ''))))
      : null);
}
