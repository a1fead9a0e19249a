// REST client for `applier serve`: the one place that adds the bearer token, sends
// and parses JSON, and turns the server's {"error","message"} bodies into ApiError.
// The token lives in sessionStorage, so closing the tab signs the user out.

const TOKEN_KEY = 'applier.token';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status; // 0 when the server could not be reached
    this.code = code;
  }
}

export const auth = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

let unauthorizedHandler = () => {};

// Called when an authenticated request comes back 401: the token expired or was revoked.
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

async function request(method, path, { json, body, headers = {}, raw = false } = {}) {
  const sent = new Headers(headers);
  const token = auth.token;
  if (token) sent.set('Authorization', `Bearer ${token}`);
  let payload = body;
  if (json !== undefined) {
    sent.set('Content-Type', 'application/json');
    payload = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(path, { method, headers: sent, body: payload, cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'unreachable', 'The server cannot be reached. Is applier serve still running?');
  }
  if (!response.ok) {
    let code = `http_${response.status}`;
    let message = `The server answered ${response.status} ${response.statusText}`.trim();
    try {
      const problem = await response.json();
      if (problem.error) code = problem.error;
      if (problem.message) message = problem.message;
    } catch {
      // Not a JSON body (a proxy's error page): keep the status line.
    }
    if (response.status === 401 && token) unauthorizedHandler();
    throw new ApiError(response.status, code, message);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) return response.json();
  return response.text();
}

const CONTENT_TYPES = { pdf: 'application/pdf', txt: 'text/plain', md: 'text/markdown', markdown: 'text/markdown' };

function contentTypeOf(file) {
  const ext = (file.name.split('.').pop() || '').toLowerCase();
  return CONTENT_TYPES[ext] || file.type || 'application/octet-stream';
}

// HTTP header values are Latin-1; anything else travels percent-encoded.
function headerSafe(text) {
  return /^[\x20-\x7e]*$/.test(text) ? text : encodeURIComponent(text);
}

const enc = encodeURIComponent;

export const api = {
  login: (username, password) => request('POST', '/api/auth/login', { json: { username, password } }),
  me: () => request('GET', '/api/me'),

  profile: () => request('GET', '/api/profile'),
  saveProfile: (yaml) => request('PUT', '/api/profile', { json: { yaml } }),
  // A profile drafted from one uploaded document: {yaml, source: "llm"|"heuristics", notes}.
  // Nothing is stored; the caller shows it for the person to correct and save.
  draftProfile: (documentId) => request('POST', '/api/profile/draft', { json: { document_id: Number(documentId) } }),

  documents: () => request('GET', '/api/documents'),
  uploadDocument: (file) =>
    request('POST', '/api/documents', {
      body: file,
      headers: { 'Content-Type': contentTypeOf(file), 'X-Filename': headerSafe(file.name) },
    }),
  deleteDocument: (id) => request('DELETE', `/api/documents/${enc(id)}`),

  apply: (url, draftMode) => request('POST', '/api/jobs/apply', { json: { url, draft_mode: draftMode } }),
  resolveHitl: (sessionId, hitlId, response) =>
    request('POST', '/api/hitl/resolve', { json: { hitl_id: hitlId, response, session_id: sessionId } }),

  applications: () => request('GET', '/api/applications'),
  application: (id) => request('GET', `/api/applications/${enc(id)}`),
  events: (id, after = 0) => request('GET', `/api/applications/${enc(id)}/events?after=${after}`),
  cancel: (id) => request('POST', `/api/applications/${enc(id)}/cancel`),
  resume: (id) => request('POST', `/api/applications/${enc(id)}/resume`),

  answers: () => request('GET', '/api/answers'),
  saveAnswer: (id, answer) => request('PUT', `/api/answers/${enc(id)}`, { json: { answer } }),
  deleteAnswer: (id) => request('DELETE', `/api/answers/${enc(id)}`),

  // A JSON resource the server linked to (receipt_url).
  get: (path) => request('GET', path),

  // An authenticated resource (draft screenshot, receipt) as a blob: URL the page can
  // show or download. The caller revokes it when done.
  async objectUrl(path) {
    const response = await request('GET', path, { raw: true });
    return URL.createObjectURL(await response.blob());
  },
};
