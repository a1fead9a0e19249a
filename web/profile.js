// The Profile page: the profile YAML (typed, pasted or loaded from a file; the server
// validates it and its message is shown as is), the user's documents (upload a resume
// PDF or notes, list, delete) and the saved answers (edit, delete).

import { api } from './api.js';
import { $, h, say } from './dom.js';
import { dateTime } from './format.js';

const STARTER = `# Your profile: what the agent may answer without asking you.
name:
  first: ""
  last: ""
email: ""
phone:
  number: ""
address:
  city: ""
  country: ""
`;

export class ProfilePage {
  constructor() {
    this.form = $('#profile-form');
    this.yaml = $('#profile-yaml');
    this.error = $('#profile-error');
    this.status = $('#profile-status');
    this.saveButton = $('#profile-save');
    this.docList = $('#documents-list');
    this.docEmpty = $('#documents-empty');
    this.docError = $('#documents-error');
    this.docStatus = $('#documents-status');
    this.answerList = $('#answers-list');
    this.answerEmpty = $('#answers-empty');
    this.answerError = $('#answers-error');

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    this.yaml.addEventListener('input', () => say(this.status, ''));
    $('#profile-file').addEventListener('change', async (e) => {
      const file = e.target.files[0];
      e.target.value = '';
      if (!file) return;
      this.yaml.value = await file.text();
      say(this.error, '');
      say(this.status, `Loaded ${file.name}. Check it, then save.`);
    });
    $('#document-file').addEventListener('change', async (e) => {
      const file = e.target.files[0];
      e.target.value = '';
      if (file) await this.upload(file);
    });
  }

  async load() {
    say(this.error, '');
    await Promise.all([this.loadProfile(), this.loadDocuments(), this.loadAnswers()]);
  }

  async loadProfile() {
    try {
      const body = await api.profile();
      this.yaml.value = body.yaml || '';
    } catch (error) {
      if (error.status === 404) {
        if (!this.yaml.value) this.yaml.value = STARTER;
        say(this.status, 'No profile yet: fill in the template and save it.');
      } else {
        say(this.error, error.message);
      }
    }
  }

  async save() {
    say(this.error, '');
    say(this.status, '');
    this.saveButton.disabled = true;
    try {
      await api.saveProfile(this.yaml.value);
      say(this.status, 'Profile saved.');
    } catch (error) {
      say(this.error, error.message);
      this.yaml.focus();
    } finally {
      this.saveButton.disabled = false;
    }
  }

  async loadDocuments() {
    try {
      const body = await api.documents();
      this.renderDocuments(body.documents || []);
    } catch (error) {
      say(this.docError, error.message);
    }
  }

  renderDocuments(documents) {
    this.docList.replaceChildren(...documents.map((doc) => {
      const details = [doc.pages ? `${doc.pages} page${doc.pages === 1 ? '' : 's'}` : null,
        doc.chunks ? `${doc.chunks} passages` : null, doc.created_at ? dateTime(doc.created_at) : null].filter(Boolean).join(' · ');
      return h('li', { class: 'doc', dataset: { documentId: doc.id } },
        h('div', { class: 'doc-main' }, h('span', { class: 'doc-name' }, doc.filename), h('span', { class: 'muted small' }, details)),
        h('button', {
          type: 'button', class: 'button ghost small danger-text', 'aria-label': `Delete ${doc.filename}`,
          onclick: () => this.remove(doc),
        }, 'Delete'));
    }));
    this.docEmpty.hidden = documents.length > 0;
  }

  async upload(file) {
    say(this.docError, '');
    say(this.docStatus, `Uploading ${file.name}…`);
    try {
      const body = await api.uploadDocument(file);
      const doc = body.document || {};
      say(this.docStatus, `${doc.filename || file.name} uploaded${doc.pages ? ` (${doc.pages} pages)` : ''}.`);
      await this.loadDocuments();
    } catch (error) {
      say(this.docStatus, '');
      say(this.docError, error.message);
    }
  }

  async remove(doc) {
    if (!window.confirm(`Delete ${doc.filename}? Forms will no longer get it.`)) return;
    say(this.docError, '');
    try {
      await api.deleteDocument(doc.id);
      say(this.docStatus, `${doc.filename} deleted.`);
      await this.loadDocuments();
    } catch (error) {
      say(this.docError, error.message);
    }
  }

  async loadAnswers() {
    try {
      const body = await api.answers();
      this.renderAnswers(body.answers || []);
    } catch (error) {
      say(this.answerError, error.message);
    }
  }

  renderAnswers(answers) {
    this.answerList.replaceChildren(...answers.map((a) => {
      const inputId = `answer-${a.id}`;
      const input = h('input', { id: inputId, class: 'input', value: String(a.answer ?? '') });
      const save = h('button', {
        type: 'button', class: 'button ghost small',
        onclick: async () => {
          say(this.answerError, '');
          try {
            await api.saveAnswer(a.id, input.value);
            save.textContent = 'Saved';
            setTimeout(() => { save.textContent = 'Save'; }, 1500);
          } catch (error) {
            say(this.answerError, error.message);
          }
        },
      }, 'Save');
      const remove = h('button', {
        type: 'button', class: 'button ghost small danger-text', 'aria-label': `Forget the answer to ${a.question}`,
        onclick: async () => {
          say(this.answerError, '');
          try {
            await api.deleteAnswer(a.id);
            await this.loadAnswers();
          } catch (error) {
            say(this.answerError, error.message);
          }
        },
      }, 'Forget');
      return h('li', { class: 'saved-answer' },
        h('label', { for: inputId, class: 'answer-q' }, a.question),
        h('div', { class: 'row' }, input, save, remove));
    }));
    this.answerEmpty.hidden = answers.length > 0;
  }
}
