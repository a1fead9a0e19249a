// How values from the server are shown to a person: outcomes, statuses, sources,
// times and durations. One table per vocabulary so every view says the same words.

const OUTCOMES = {
  submitted: { text: 'Submitted', tone: 'success' },
  stopped_at_draft: { text: 'Kept as a draft', tone: 'attention' },
  kept_as_draft: { text: 'Kept as a draft', tone: 'attention' },
  draft_declined: { text: 'Draft declined', tone: 'muted' },
  needs_human: { text: 'Needs your input', tone: 'attention' },
  failed: { text: 'Failed', tone: 'danger' },
  cancelled: { text: 'Cancelled', tone: 'muted' },
  timed_out: { text: 'Timed out', tone: 'danger' },
  unknown: { text: 'Unknown — check the site', tone: 'danger' },
};

const STATUSES = {
  queued: { text: 'Queued', tone: 'muted' },
  running: { text: 'Running', tone: 'info' },
  waiting: { text: 'Waiting for you', tone: 'attention' },
  waiting_for_human: { text: 'Waiting for you', tone: 'attention' },
  waiting_human: { text: 'Waiting for you', tone: 'attention' },
  waiting_draft: { text: 'Draft ready', tone: 'attention' },
  draft: { text: 'Draft ready', tone: 'attention' },
  cancelling: { text: 'Cancelling', tone: 'muted' },
  kept_draft: { text: 'Kept as a draft', tone: 'attention' },
  done: { text: 'Done', tone: 'success' },
  finished: { text: 'Done', tone: 'success' },
  completed: { text: 'Done', tone: 'success' },
  failed: { text: 'Failed', tone: 'danger' },
};

const SOURCES = {
  profile: 'Profile',
  saved_answer: 'Saved answer',
  saved: 'Saved answer',
  document: 'Document',
  documents: 'Document',
  llm: 'AI',
  human: 'You',
  default: 'Default',
};

const FIELD_STATUSES = {
  filled: 'Filled',
  left_empty: 'Left empty',
  failed: 'Failed',
  needs_human: 'Needs you',
  skipped: 'Skipped',
};

function humanize(word) {
  const text = String(word || '').replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function outcomeOf(outcome) {
  return OUTCOMES[outcome] || { text: humanize(outcome) || '—', tone: 'muted' };
}

export function statusOf(status) {
  return STATUSES[status] || { text: humanize(status) || '—', tone: 'muted' };
}

export function sourceLabel(source) {
  return source ? SOURCES[source] || humanize(source) : '—';
}

export function fieldStatusLabel(status) {
  return FIELD_STATUSES[status] || humanize(status) || '—';
}

// Server times are ISO 8601 strings or milliseconds since the epoch.
export function dateTime(value) {
  if (value === undefined || value === null || value === '') return '—';
  const date = typeof value === 'number' ? new Date(value) : new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function clockNow() {
  return new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

export function countdown(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function percent(fraction) {
  const n = Number(fraction);
  return Number.isFinite(n) ? `${Math.round(n * 100)}%` : '—';
}

// "jobs.example.com/careers/4012" for a long URL, for list rows and titles.
export function shortUrl(url) {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname;
    return `${u.host}${path}`;
  } catch {
    return String(url || '');
  }
}

// When a question or draft stops waiting: its expires_at (ISO or ms) when the server
// sends one — right even for a question replayed long after it was asked — else
// timeout_s from now.
export function deadlineOf(data, defaultSeconds) {
  const at = data.expires_at;
  if (at !== undefined && at !== null) {
    const ms = typeof at === 'number' ? at : Date.parse(String(at));
    if (Number.isFinite(ms)) return ms;
  }
  return Date.now() + Number(data.timeout_s ?? defaultSeconds) * 1000;
}
