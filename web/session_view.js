// LiveSession is the Apply page while one application runs: it owns the socket to
// the session and routes what arrives — frames to the live view, events to the
// timeline, questions and messages to the chat, drafts to the review panel, the
// outcome to the banner — and sends back answers, take-over and input.

import { api, auth } from './api.js';
import { ChatPanel } from './chat.js';
import { SessionSocket } from './connection.js';
import { $, h, say } from './dom.js';
import { DraftPanel } from './draft.js';
import { outcomeOf, shortUrl } from './format.js';
import { LiveView } from './live_view.js';
import { Timeline } from './timeline.js';

const OUTCOME_TEXT = {
  submitted: 'Submitted. The site confirmed your application.',
  stopped_at_draft: 'Kept as a draft: nothing was submitted. You can resume it from the history.',
  draft_declined: 'You declined the draft: nothing was submitted.',
  needs_human: 'Not submitted: some required fields still need your answer.',
  failed: 'The application could not be completed.',
  cancelled: 'Cancelled: nothing was submitted.',
  unknown: 'The outcome is unknown: the submit may have gone out. Check the site before trying again.',
};

export class LiveSession {
  // hooks: changed(sessionId) when the application's state moved (started, asks,
  // has a draft, ended) so lists can refresh; notify(text) to tell the user
  // something wherever they are (a question arrived, an action failed).
  constructor(hooks) {
    this.hooks = hooks;
    this.sessionId = null;
    this.socket = null;
    this.ended = false;
    this.runStatus = { text: '', tone: 'muted' };
    this.el = {
      empty: $('#live-empty'),
      session: $('#live-session'),
      title: $('#live-title'),
      url: $('#live-url'),
      status: $('#live-status'),
      conn: $('#conn-banner'),
      outcome: $('#outcome-banner'),
      cancel: $('#cancel-button'),
      takeover: $('#takeover-button'),
      takeoverHint: $('#takeover-hint'),
    };
    this.live = new LiveView({
      canvas: $('#live-canvas'),
      placeholder: $('#screen-placeholder'),
      info: $('#frame-info'),
      send: (message) => this.socket !== null && this.socket.send(message),
    });
    this.timeline = new Timeline($('#timeline'), $('#timeline-count'));
    this.chat = new ChatPanel({
      log: $('#chat-log'),
      form: $('#chat-form'),
      input: $('#chat-input'),
      pending: $('#chat-pending'),
      answer: (hitlId, response) => this.answer(hitlId, response),
      sayText: (text) => this.socket !== null && this.socket.send({ type: 'chat:message', data: { text } }),
    });
    this.draft = new DraftPanel($('#draft-panel'), { reply: (hitlId, text) => this.answer(hitlId, text) });
    this.el.takeover.addEventListener('click', () => this.toggleTakeover());
    this.el.cancel.addEventListener('click', () => this.cancel());
  }

  get active() {
    return this.sessionId !== null;
  }

  open(sessionId, { url = '' } = {}) {
    if (this.sessionId === sessionId) return;
    this.close();
    this.sessionId = sessionId;
    this.ended = false;
    this.el.empty.hidden = true;
    this.el.session.hidden = false;
    this.el.session.dataset.sessionId = sessionId;
    this.setTitle(url);
    this.setStatus('Starting', 'muted');
    say(this.el.conn, '');
    this.el.outcome.hidden = true;
    this.el.outcome.className = 'banner';
    delete this.el.outcome.dataset.outcome;
    this.el.cancel.disabled = false;
    this.el.takeover.disabled = false;
    this.live.reset();
    this.setTakeover(false);
    this.timeline.clear();
    this.chat.clear();
    this.draft.hide();
    this.socket = new SessionSocket(sessionId, auth.token, {
      onEvent: (event) => this.onEvent(event),
      onFrame: (frame) => this.live.showFrame(frame),
      onState: (state) => this.onConnection(state),
    });
    this.socket.connect();
  }

  close() {
    if (this.socket) this.socket.close();
    this.socket = null;
    this.sessionId = null;
    this.draft.hide();
    this.chat.clear();
    this.el.session.hidden = true;
    this.el.empty.hidden = false;
  }

  setTitle(url) {
    this.el.title.textContent = url ? `Applying to ${shortUrl(url)}` : 'Application';
    this.el.url.textContent = url;
    this.el.url.href = url || '#';
    this.el.url.hidden = !url;
  }

  setStatus(text, tone) {
    this.runStatus = { text, tone };
    this.renderStatus();
  }

  renderStatus() {
    const paused = this.live.takenOver && !this.ended;
    const { text, tone } = paused ? { text: 'Paused: you are in control', tone: 'attention' } : this.runStatus;
    this.el.status.textContent = text;
    this.el.status.className = `pill tone-${tone}`;
  }

  onEvent(event) {
    const data = event.data || {};
    this.live.noteViewport(data);
    if (event.type !== 'chat:message') this.timeline.add(event);
    switch (event.type) {
      case 'applier:start':
        if (data.url) this.setTitle(data.url);
        this.setStatus('Running', 'info');
        this.hooks.changed(this.sessionId);
        break;
      case 'hitl:request':
        this.chat.ask(event);
        this.setStatus('Waiting for you', 'attention');
        this.hooks.notify('The agent has a question for you.');
        this.hooks.changed(this.sessionId);
        break;
      case 'hitl:response':
        this.chat.resolved(data.hitl_id);
        if (!this.ended) this.setStatus('Running', 'info');
        break;
      case 'draft:review':
        this.draft.show(event);
        this.setStatus('Draft ready for review', 'attention');
        this.hooks.notify('Your draft is ready for review.');
        this.hooks.changed(this.sessionId);
        break;
      case 'draft:confirm':
      case 'draft:edit':
        this.draft.decided(event);
        if (!this.ended) this.setStatus(event.type === 'draft:edit' ? 'Updating the draft' : 'Submitting', 'info');
        break;
      case 'chat:message':
        this.chat.agentMessage(event);
        // The server tells every tab of this session when someone takes over.
        if (typeof data.takeover === 'boolean' && !this.ended) this.setTakeover(data.takeover);
        break;
      case 'takeover:start':
      case 'takeover:end':
        this.setTakeover(event.type === 'takeover:start');
        break;
      case 'applier:complete':
        this.finish(data.outcome || 'submitted', data.reason || event.message);
        break;
      case 'applier:error':
        // The session's last word when it failed outright carries the outcome.
        if (data.outcome) this.finish(data.outcome, data.reason || event.message);
        break;
      default:
        break;
    }
  }

  finish(outcome, reason) {
    if (this.ended) return;
    this.ended = true;
    const info = outcomeOf(outcome);
    this.setStatus(info.text, info.tone);
    const banner = this.el.outcome;
    banner.className = `banner ${info.tone}`;
    banner.dataset.outcome = outcome;
    banner.replaceChildren(
      h('strong', {}, OUTCOME_TEXT[outcome] || info.text),
      reason && reason !== OUTCOME_TEXT[outcome] ? h('span', { class: 'banner-detail' }, reason) : null,
      h('a', { class: 'link', href: `#/history/${encodeURIComponent(this.sessionId)}` }, 'See the details'));
    banner.hidden = false;
    this.chat.closeAll();
    this.draft.ended();
    this.setTakeover(false);
    this.el.takeover.disabled = true;
    this.el.cancel.disabled = true;
    this.hooks.changed(this.sessionId);
  }

  onConnection({ state, attempt, delayMs }) {
    const banner = this.el.conn;
    this.el.session.dataset.connection = state;
    if (state === 'open' || state === 'connecting' || state === 'closed') {
      banner.hidden = true;
      return;
    }
    if (state === 'denied') {
      banner.className = 'banner danger';
      banner.replaceChildren('This session cannot be opened: it is not yours, or your sign-in expired. Sign in again to continue.');
      banner.hidden = false;
      return;
    }
    banner.className = 'banner warning';
    const seconds = Math.max(1, Math.round((delayMs || 0) / 1000));
    banner.replaceChildren(
      h('strong', {}, 'Reconnecting…'),
      h('span', { class: 'banner-detail' }, delayMs
        ? `The connection dropped. Trying again in ${seconds} s (attempt ${attempt}); missed events will be replayed.`
        : 'Trying to reach the server.'),
      h('button', { type: 'button', class: 'button ghost small', onclick: () => this.socket && this.socket.retryNow() }, 'Retry now'));
    banner.hidden = false;
  }

  // Over the socket when it is up; otherwise through the REST API, so an answer
  // typed during a reconnect is not lost.
  async answer(hitlId, response) {
    if (this.socket && this.socket.send({ type: 'hitl:response', data: { hitl_id: hitlId, response } })) return;
    if (!hitlId) throw new Error('Not sent: the connection is down. Try again in a moment.');
    await api.resolveHitl(this.sessionId, hitlId, response);
  }

  toggleTakeover() {
    const start = !this.live.takenOver;
    if (!this.socket || !this.socket.send({ type: start ? 'takeover:start' : 'takeover:end' })) {
      this.hooks.notify('Not connected: take-over needs the live connection.');
      return;
    }
    this.setTakeover(start);
  }

  // While a person has taken over the run is paused: the pill says so, and what the
  // run reports meanwhile is kept for when they hand back.
  setTakeover(on) {
    this.live.setTakeover(on);
    this.renderStatus();
    this.el.session.dataset.takeover = String(on);
    this.el.takeover.textContent = on ? 'Hand back' : 'Take over';
    this.el.takeover.setAttribute('aria-pressed', String(on));
    this.el.takeover.classList.toggle('primary', on);
    this.el.takeoverHint.hidden = !on;
  }

  async cancel() {
    if (!this.sessionId || this.ended) return;
    this.el.cancel.disabled = true;
    try {
      await api.cancel(this.sessionId);
      this.setStatus('Cancelling', 'muted');
    } catch (error) {
      this.el.cancel.disabled = false;
      this.hooks.notify(error.message);
    }
  }
}
