// Building DOM nodes without innerHTML, so text from the server (labels, values,
// URLs, messages) is always inserted as text and never parsed as markup.

const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'hidden']);

// h('button', {class: 'button', onclick: fn, 'aria-label': 'x'}, 'text', child, [more])
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (PROPERTIES.has(key) || (key in node && typeof value !== 'string')) {
      node[key] = value; // a textarea has no value attribute; checked/disabled are live state
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

// Inline SVG icon from a 16×16 path list (stroke drawn, inherits currentColor).
export function icon(paths, extra = '') {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', `icon ${extra}`.trim());
  for (const d of [].concat(paths)) {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

export function show(node, visible = true) {
  node.hidden = !visible;
}

// Shows `message` in an error/status paragraph, or hides it when empty.
export function say(node, message) {
  node.textContent = message || '';
  node.hidden = !message;
}

export const $ = (selector, root = document) => root.querySelector(selector);
