// The Profile page: the profile YAML (typed, pasted, loaded from a file or drafted by
// the server from an uploaded resume; the server validates it and its message is shown
// as is), the user's documents (upload a resume PDF or notes, list, delete) and the
// saved answers (edit, delete). Nothing is stored until the person presses save.

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
    this.draftInfo = $('#profile-draft');
    // The YAML as last loaded or saved: a drafted profile asks before replacing edits.
    this.savedYaml = '';
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
      this.savedYaml = this.yaml.value;
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
      this.savedYaml = this.yaml.value;
      this.draftInfo.hidden = true;
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
          type: 'button', class: 'button ghost small doc-draft', 'aria-label': `Draft profile from ${doc.filename}`,
          onclick: (e) => this.draftFrom(doc, e.currentTarget),
        }, 'Draft profile from this'),
        h('button', {
          type: 'button', class: 'button ghost small danger-text', 'aria-label': `Delete ${doc.filename}`,
          onclick: () => this.remove(doc),
        }, 'Delete'));
    }));
    this.docEmpty.hidden = documents.length > 0;
  }

  // Asks the server to read a profile out of the document and puts it in the editor.
  async draftFrom(doc, button) {
    const edited = this.yaml.value.trim() !== '' && this.yaml.value !== this.savedYaml && this.yaml.value !== STARTER;
    if (edited && !window.confirm(`Replace the profile in the editor (not saved yet) with one drafted from ${doc.filename}?`)) return;
    say(this.error, '');
    say(this.status, '');
    this.draftInfo.hidden = true;
    say(this.docError, '');
    say(this.docStatus, `Reading ${doc.filename} for a profile…`);
    button.disabled = true;
    try {
      const body = await api.draftProfile(doc.id);
      this.yaml.value = body.yaml || '';
      say(this.docStatus, '');
      this.showDraft(doc, body);
      this.yaml.focus();
      this.yaml.setSelectionRange(0, 0);
      this.yaml.scrollTop = 0;
    } catch (error) {
      say(this.docStatus, '');
      say(this.docError, `Could not draft a profile from ${doc.filename}: ${error.message}`);
    } finally {
      button.disabled = false;
    }
  }

  showDraft(doc, body) {
    const source = body.source === 'llm' ? 'llm' : 'heuristics';
    const how = source === 'llm' ? 'by the language model' : 'by pattern matching (no language model)';
    const notes = Array.isArray(body.notes) ? body.notes.map(String).filter(Boolean) : [];
    this.draftInfo.dataset.source = source;
    this.draftInfo.dataset.documentId = String(doc.id);
    this.draftInfo.replaceChildren(
      h('p', {}, h('strong', {}, `Drafted from ${doc.filename} ${how}.`),
        ' Nothing is saved yet: check every line, correct it, then press Save profile.'),
      notes.length ? h('ul', { class: 'draft-notes' }, notes.map((n) => h('li', {}, n))) : null);
    this.draftInfo.hidden = false;
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
