// SessionSocket is the WebSocket to one application's session: JSON events and
// binary live frames in, hitl/takeover/input/chat messages out. It reconnects with
// exponential backoff when the connection drops and asks for `after=<last seq>`, so
// events missed meanwhile are replayed by the server; events are deduplicated by seq.

const FRAME_MAGIC = 0x4c414631; // 'LAF1'
const FRAME_HEADER_BYTES = 16;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15000;
const DENIED = 4003; // bad or expired token, or someone else's session

// A binary live frame: [u32 magic][u32 seq][u64 capture ms since epoch], big-endian,
// then the JPEG bytes. Null for anything else.
export function decodeFrame(buffer) {
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength <= FRAME_HEADER_BYTES) return null;
  const view = new DataView(buffer);
  if (view.getUint32(0) !== FRAME_MAGIC) return null;
  return {
    seq: view.getUint32(4),
    capturedAt: Number(view.getBigUint64(8)),
    jpeg: new Blob([new Uint8Array(buffer, FRAME_HEADER_BYTES)], { type: 'image/jpeg' }),
  };
}

// The default (JSON) frame format, for servers that do not honour ?frames=binary.
function frameFromEvent(event) {
  const data = event.data || {};
  const bytes = Uint8Array.from(atob(data.screenshot), (c) => c.charCodeAt(0));
  return {
    seq: Number(data.seq ?? event.seq ?? 0),
    capturedAt: Number(data.captured_at_ms ?? Date.now()),
    jpeg: new Blob([bytes], { type: 'image/jpeg' }),
  };
}

export class SessionSocket {
  // handlers: onEvent(event), onFrame(frame), onState({state, attempt, delayMs, code})
  // with state one of 'connecting', 'open', 'reconnecting', 'denied', 'closed'.
  constructor(sessionId, token, handlers) {
    this.sessionId = sessionId;
    this.token = token;
    this.handlers = handlers;
    this.lastSeq = 0;
    this.attempt = 0;
    this.ws = null;
    this.timer = null;
    this.stopped = false;
    this.finished = false; // the application ended: a close is expected, not a drop
    this.onOnline = () => {
      if (this.timer !== null) this.retryNow();
    };
    window.addEventListener('online', this.onOnline);
  }

  url() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const params = new URLSearchParams({ token: this.token, frames: 'binary', after: String(this.lastSeq) });
    return `${scheme}//${location.host}/ws/${encodeURIComponent(this.sessionId)}?${params}`;
  }

  connect() {
    if (this.stopped) return;
    this.timer = null;
    this.state(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const ws = new WebSocket(this.url());
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.state('open');
    };
    ws.onmessage = (message) => this.receive(message.data);
    ws.onclose = (close) => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.stopped) return;
      if (close.code === DENIED) {
        this.stopped = true;
        this.state('denied', { code: close.code, reason: close.reason });
        return;
      }
      if (this.finished) {
        this.state('closed');
        return;
      }
      this.scheduleRetry();
    };
  }

  receive(payload) {
    if (payload instanceof ArrayBuffer) {
      const frame = decodeFrame(payload);
      if (frame) this.handlers.onFrame(frame);
      return;
    }
    let event;
    try {
      event = JSON.parse(payload);
    } catch {
      return; // not ours to show
    }
    if (!event || typeof event.type !== 'string') return;
    if (event.type === 'browser:screenshot' && event.data && typeof event.data.screenshot === 'string') {
      this.handlers.onFrame(frameFromEvent(event));
      return;
    }
    const seq = Number(event.seq);
    if (Number.isFinite(seq) && event.seq !== undefined) {
      if (seq <= this.lastSeq) return; // replayed after a reconnect, already shown
      this.lastSeq = seq;
    }
    // The session's last event: applier:complete, or applier:error carrying the outcome.
    if (event.type === 'applier:complete' || (event.type === 'applier:error' && event.data && event.data.outcome)) {
      this.finished = true;
    }
    this.handlers.onEvent(event);
  }

  scheduleRetry() {
    this.attempt += 1;
    const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.attempt - 1));
    const delayMs = Math.round(base * (0.8 + Math.random() * 0.4));
    this.state('reconnecting', { attempt: this.attempt, delayMs });
    this.timer = setTimeout(() => this.connect(), delayMs);
  }

  retryNow() {
    clearTimeout(this.timer);
    this.connect();
  }

  get open() {
    return this.ws !== null && this.ws.readyState === WebSocket.OPEN;
  }

  // True when the message went out; false while disconnected.
  send(message) {
    if (!this.open) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  close() {
    this.stopped = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.onOnline);
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      ws.close(1000, 'left the page');
    }
  }

  state(state, extra = {}) {
    this.handlers.onState({ state, attempt: this.attempt, ...extra });
  }
}
