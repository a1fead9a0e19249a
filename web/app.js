// Entry point of the Live Applier web UI: sign-in, the header, hash routing between
// the Apply (live) page, History, one application's page and Profile, and the
// sidebar's Apply form. Each page's behaviour lives in its own module.
//
// Routes: #/  #/live/<session>  #/history  #/history/<session>  #/profile
// A sign-in link may carry a token in the fragment: #token=<JWT>.

import { api, auth, onUnauthorized } from './api.js';
import { $, say } from './dom.js';
import { History } from './history.js';
import { ProfilePage } from './profile.js';
import { LiveSession } from './session_view.js';

const views = {
  live: $('#view-live'),
  history: $('#view-history'),
  detail: $('#view-detail'),
  profile: $('#view-profile'),
};

let toastTimer = null;
function toast(text) {
  const node = $('#toast');
  node.textContent = text;
  node.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { node.hidden = true; }, 5000);
}

const history = new History({
  recentList: $('#recent-list'),
  recentEmpty: $('#recent-empty'),
  table: $('#history-table'),
  tableEmpty: $('#history-empty'),
  detail: views.detail,
});
const profile = new ProfilePage();
const live = new LiveSession({
  changed: () => refreshHistory(),
  notify: (text) => {
    if (views.live.hidden) toast(text);
  },
});

function refreshHistory() {
  return history.refresh().catch((error) => toast(`Could not load your applications: ${error.message}`));
}

// ---- sign-in ---------------------------------------------------------------

function userName(user) {
  if (!user) return '';
  if (typeof user === 'string') return user;
  return user.name || user.username || user.display_name || user.id || user.sub || '';
}

function showSignIn(message = '') {
  live.close();
  $('#shell').hidden = true;
  $('#signin-view').hidden = false;
  say($('#signin-error'), message);
  document.title = 'Sign in · Live Applier';
  $('#signin-username').focus();
}

function showShell(user) {
  const name = userName(user);
  $('#user-name').textContent = name;
  $('#user-initial').textContent = name.charAt(0).toUpperCase();
  $('#signin-view').hidden = true;
  $('#shell').hidden = false;
  refreshHistory();
  route();
}

function signOut(message = '') {
  auth.clear();
  showSignIn(message);
}

onUnauthorized(() => signOut('Your sign-in has expired. Please sign in again.'));

$('#signin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const username = $('#signin-username').value.trim();
  const password = $('#signin-password').value;
  if (!username || !password) {
    say($('#signin-error'), 'Enter your username and password.');
    return;
  }
  const button = $('#signin-submit');
  button.disabled = true;
  say($('#signin-error'), '');
  try {
    const body = await api.login(username, password);
    auth.set(body.token);
    $('#signin-password').value = '';
    showShell(body.user || username);
  } catch (error) {
    say($('#signin-error'), error.status === 401 ? 'Wrong username or password.' : error.message);
  } finally {
    button.disabled = false;
  }
});

$('#signout').addEventListener('click', () => signOut());

// ---- apply -------------------------------------------------------------------

function checkUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return 'That is not a web address. Paste the full link to the job posting, starting with https://';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http and https links can be opened.';
  return '';
}

$('#apply-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const input = $('#job-url');
  const url = input.value.trim();
  const error = $('#apply-error');
  const problem = url ? checkUrl(url) : 'Paste the link to a job posting first.';
  say(error, problem);
  if (problem) {
    input.focus();
    return;
  }
  const button = $('#apply-button');
  button.disabled = true;
  try {
    const body = await api.apply(url, $('#draft-mode').checked);
    input.value = '';
    live.open(body.session_id, { url });
    location.hash = `#/live/${encodeURIComponent(body.session_id)}`;
    refreshHistory();
  } catch (err) {
    say(error, err.message);
  } finally {
    button.disabled = false;
  }
});

// ---- routing -----------------------------------------------------------------

function showView(name) {
  for (const [key, node] of Object.entries(views)) node.hidden = key !== name;
  const nav = name === 'detail' ? 'history' : name;
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route() {
  if (!auth.token) return;
  const hash = location.hash || '#/';
  const [, page = '', rawId = ''] = hash.split('/');
  const id = decodeURIComponent(rawId);
  switch (page) {
    case 'live': {
      showView('live');
      const known = history.apps.find((a) => a.session_id === id);
      if (id) live.open(id, { url: known ? known.url : '' });
      document.title = 'Live view · Live Applier';
      break;
    }
    case 'history':
      if (id) {
        showView('detail');
        document.title = 'Application · Live Applier';
        await history.showDetail(id, {
          resumed: (sessionId) => {
            location.hash = `#/live/${encodeURIComponent(sessionId)}`;
            refreshHistory();
          },
        });
      } else {
        showView('history');
        document.title = 'History · Live Applier';
        refreshHistory();
      }
      break;
    case 'profile':
      showView('profile');
      document.title = 'Profile · Live Applier';
      await profile.load();
      break;
    default:
      showView('live');
      document.title = 'Live Applier';
      break;
  }
  $('#main').focus({ preventScroll: true });
}

window.addEventListener('hashchange', route);
$('#history-refresh').addEventListener('click', () => refreshHistory());

// ---- start -------------------------------------------------------------------

async function start() {
  const fragment = /^#token=([^&]+)/.exec(location.hash);
  if (fragment) {
    auth.set(decodeURIComponent(fragment[1]));
    window.history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  }
  if (!auth.token) {
    showSignIn();
  } else {
    try {
      const body = await api.me();
      showShell(body.user);
    } catch (error) {
      // A 401 already signed the user out (onUnauthorized).
      if (error.status !== 401) showSignIn(error.message);
    }
  }
  document.documentElement.dataset.ready = 'true';
}

start();
