// LiveView draws the browser's live frames on a canvas and, while the user has
// taken over, turns clicks and keys on that canvas into browser:input messages in
// the page's CSS pixels. Only the newest frame is drawn: while one is decoding,
// later ones replace each other, so a slow machine skips frames instead of lagging.

// Keys forwarded by name; printable characters go as text.
const NAMED_KEYS = new Set([
  'Enter', 'Tab', 'Escape', 'Backspace', 'Delete',
  'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', ' ',
]);

export class LiveView {
  // send(message) -> bool: delivers a client message over the session socket.
  constructor({ canvas, placeholder, info, send }) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    this.placeholder = placeholder;
    this.info = info;
    this.send = send;
    this.pending = null;
    this.drawing = false;
    this.frames = 0;
    this.lastInfoAt = 0;
    // The page's viewport in CSS pixels, when the server says; else the frame's size.
    this.viewport = null;
    this.takenOver = false;
    canvas.addEventListener('click', (e) => this.onClick(e));
    canvas.addEventListener('keydown', (e) => this.onKey(e));
    canvas.addEventListener('paste', (e) => this.onPaste(e));
  }

  reset() {
    this.pending = null;
    this.frames = 0;
    this.viewport = null;
    this.canvas.width = 0;
    this.canvas.height = 0;
    delete this.canvas.dataset.frameSeq;
    this.canvas.dataset.frames = '0';
    this.placeholder.hidden = false;
    this.placeholder.textContent = 'Waiting for the first frame…';
    this.info.textContent = '';
    this.setTakeover(false);
  }

  // Events may carry the viewport size: {viewport: {width, height}} or viewport_width/height.
  noteViewport(data) {
    const v = data && (data.viewport || data);
    const width = Number(v && (v.width ?? v.viewport_width));
    const height = Number(v && (v.height ?? v.viewport_height));
    if (width > 0 && height > 0) this.viewport = { width, height };
  }

  showFrame(frame) {
    this.pending = frame;
    if (!this.drawing) this.drawNext();
  }

  async drawNext() {
    this.drawing = true;
    while (this.pending) {
      const frame = this.pending;
      this.pending = null;
      try {
        await this.draw(frame.jpeg);
      } catch {
        continue; // a truncated JPEG: the next frame will do
      }
      this.frames += 1;
      this.canvas.dataset.frameSeq = String(frame.seq);
      this.canvas.dataset.frames = String(this.frames);
      this.placeholder.hidden = true;
      this.describe(frame);
    }
    this.drawing = false;
  }

  async draw(jpeg) {
    if (typeof createImageBitmap === 'function') {
      const bitmap = await createImageBitmap(jpeg);
      this.fit(bitmap.width, bitmap.height);
      this.context.drawImage(bitmap, 0, 0);
      bitmap.close();
      return;
    }
    const url = URL.createObjectURL(jpeg);
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      this.fit(image.naturalWidth, image.naturalHeight);
      this.context.drawImage(image, 0, 0);
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  fit(width, height) {
    if (this.canvas.width !== width) this.canvas.width = width;
    if (this.canvas.height !== height) this.canvas.height = height;
  }

  describe(frame) {
    const now = Date.now();
    if (now - this.lastInfoAt < 500) return;
    this.lastInfoAt = now;
    const lag = frame.capturedAt > 0 ? Math.max(0, now - frame.capturedAt) : null;
    this.info.textContent = lag !== null && lag < 60000 ? `frame ${frame.seq} · ${lag} ms behind` : `frame ${frame.seq}`;
  }

  setTakeover(on) {
    this.takenOver = on;
    this.canvas.classList.toggle('driving', on);
    this.canvas.setAttribute(
      'aria-label',
      on
        ? 'Live view, you are in control: clicks and keys here go to the page'
        : 'Live view of the browser filling in the application',
    );
    if (on) this.canvas.focus();
  }

  // Canvas coordinates → page CSS pixels. The canvas keeps the frame's aspect ratio,
  // so its box maps linearly onto the frame, and the frame onto the viewport.
  toPage(clientX, clientY) {
    const box = this.canvas.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || this.canvas.width === 0) return null;
    const width = this.viewport ? this.viewport.width : this.canvas.width;
    const height = this.viewport ? this.viewport.height : this.canvas.height;
    return {
      x: Math.round(((clientX - box.left) / box.width) * width),
      y: Math.round(((clientY - box.top) / box.height) * height),
    };
  }

  onClick(event) {
    if (!this.takenOver) return;
    const point = this.toPage(event.clientX, event.clientY);
    if (!point) return;
    this.canvas.focus();
    this.send({ type: 'browser:input', data: { kind: 'click', x: point.x, y: point.y } });
    this.ripple(event.clientX, event.clientY);
  }

  onKey(event) {
    if (!this.takenOver || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1 && event.key !== ' ') {
      this.send({ type: 'browser:input', data: { kind: 'type', text: event.key } });
    } else if (event.key === ' ') {
      this.send({ type: 'browser:input', data: { kind: 'type', text: ' ' } });
    } else if (NAMED_KEYS.has(event.key)) {
      this.send({ type: 'browser:input', data: { kind: 'key', key: event.key } });
    } else {
      return;
    }
    event.preventDefault();
  }

  onPaste(event) {
    if (!this.takenOver) return;
    const text = event.clipboardData && event.clipboardData.getData('text/plain');
    if (text) this.send({ type: 'browser:input', data: { kind: 'type', text } });
    event.preventDefault();
  }

  ripple(clientX, clientY) {
    const screen = this.canvas.parentElement;
    const box = screen.getBoundingClientRect();
    const dot = document.createElement('span');
    dot.className = 'click-ripple';
    dot.style.left = `${clientX - box.left}px`;
    dot.style.top = `${clientY - box.top}px`;
    screen.append(dot);
    dot.addEventListener('animationend', () => dot.remove());
  }
}
