// The Word task pane. When the page runs inside Word (Office.js loaded, and Office says the host
// is Word) it shows the Word panel: "New paper" inserts the paper made from the editor's data into
// the open document; "This paper" reads the data the open paper carries, with the edits made in
// Word since, into the editor, and "Update paper" puts the paper made from it back. Anywhere else
// — a plain browser, or Office.js not loaded — the panel stays hidden and the page is the workspace.

import { call, json } from './api.js';

/** The namespace of the data part every paper carries (BriefingGen.Word's PaperPart). */
export const paperNamespace = 'urn:briefinggen:paper:1';

/** A Word file's slices are read this many bytes at a time (Office allows up to 4 MB). */
const sliceSize = 4 * 1024 * 1024;

const $ = id => document.getElementById(id);

/** `bytes` in base64, in chunks, so a large file does not overflow the call stack. */
export function toBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Runs an Office common-API call that takes a callback, as a promise of its value. */
function officeAsync(start) {
  return new Promise((resolve, reject) => start(result => {
    if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
    else reject(new Error(result.error?.message ?? 'Word refused the request.'));
  }));
}

/** The open document as a .docx file, as Word has it now (edits included, saved or not). */
async function documentBytes() {
  const file = await officeAsync(done => Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, done));
  try {
    const slices = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await officeAsync(done => file.getSliceAsync(i, done));
      slices.push(Uint8Array.from(slice.data));
    }
    const bytes = new Uint8Array(slices.reduce((sum, s) => sum + s.length, 0));
    let offset = 0;
    for (const slice of slices) { bytes.set(slice, offset); offset += slice.length; }
    return bytes;
  } finally {
    file.closeAsync(() => {});
  }
}

/** Removes the data parts of the paper the document held, so the one inserted next is the only one. */
async function removeOldDataParts() {
  if (!Office.context.requirements.isSetSupported('CustomXmlParts', '1.1')) return;
  const parts = await officeAsync(done => Office.context.document.customXmlParts.getByNamespaceAsync(paperNamespace, done));
  for (const part of parts) await officeAsync(done => part.deleteAsync(done));
}

/**
 * Puts the .docx in `base64` in place of the document's content. Word API 1.5 takes the whole
 * file — styles, headers and footers, and the data part that lets the paper be read back; older
 * Word takes the body only, and the paper then does not remember its data.
 */
async function replaceDocument(base64) {
  const whole = Office.context.requirements.isSetSupported('WordApi', '1.5');
  if (whole) await removeOldDataParts();
  await Word.run(async context => {
    if (whole) {
      context.document.insertFileFromBase64(base64, 'Replace', {
        importTheme: true, importStyles: true, importParagraphSpacing: true, importPageColor: true,
        importCustomProperties: true, importCustomXmlParts: true, importDifferentOddEvenPages: true,
      });
    } else {
      context.document.body.insertFileFromBase64(base64, 'Replace');
    }
    await context.sync();
  });
  return whole;
}

/** The Word panel, bound to the workspace (`request`, `say`, `isValid`, `load`, `showProblems`). */
class WordPanel {
  constructor(workspace) {
    this.workspace = workspace;
    this.read = false;
    this.tabs = [$('tab-new'), $('tab-this')];
    this.tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => this.select(i));
      tab.addEventListener('keydown', event => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (step) { event.preventDefault(); this.select((i + step + this.tabs.length) % this.tabs.length, true); }
      });
    });
    $('insert').addEventListener('click', () => this.put($('insert'), 'Inserted'));
    $('update').addEventListener('click', () => this.put($('update'), 'Updated'));
    $('read').addEventListener('click', () => this.readPaper());
    document.addEventListener('validity', () => this.reflect());
    $('word').hidden = false;
    this.reflect();
  }

  select(index, focus = false) {
    this.tabs.forEach((tab, i) => {
      const chosen = i === index;
      tab.setAttribute('aria-selected', String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
      $(tab.getAttribute('aria-controls')).hidden = !chosen;
    });
    if (focus) this.tabs[index].focus();
  }

  /** Insert and Update need valid data; Update also needs a paper read first. */
  reflect() {
    const valid = this.workspace.isValid();
    $('insert').disabled = !valid;
    $('update').disabled = !valid || !this.read;
  }

  /** Makes the paper from the editor's data and puts it into the document. */
  async put(button, done) {
    button.setAttribute('aria-busy', 'true');
    this.workspace.say('Making the paper…');
    try {
      const response = await call('/api/render', { body: this.workspace.request({ output: 'docx' }) });
      if (!response.ok) {
        const problem = await json(response);
        if (problem.diagnostics) this.workspace.showProblems(problem.diagnostics);
        this.workspace.say(problem.title ?? `The paper could not be made (${response.status}).`);
        return;
      }
      const whole = await replaceDocument(toBase64(new Uint8Array(await response.arrayBuffer())));
      this.workspace.say(whole
        ? `${done} the paper in the document.`
        : `${done} the paper's text. This version of Word cannot take its data, so the paper will not remember it (Word API 1.5 is needed).`);
    } catch (error) {
      this.workspace.say(`Word did not take the paper: ${error.message}`);
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  /** Reads the open paper's data, with the edits made in Word, into the editor, and lists the edits. */
  async readPaper() {
    const button = $('read');
    button.setAttribute('aria-busy', 'true');
    this.workspace.say('Reading the paper…');
    try {
      const paper = toBase64(await documentBytes());
      const response = await call('/api/extract', { body: { paper, format: 'yaml' } });
      const answer = await json(response);
      if (!response.ok) {
        this.workspace.showProblems(answer.diagnostics ?? []);
        this.showChanges(null);
        this.workspace.say(answer.title ?? `The paper could not be read (${response.status}).`);
        return;
      }
      this.read = true;
      await this.workspace.load({ template: answer.template, format: answer.format, data: answer.data });
      this.showChanges(answer.changes);
      const notes = answer.diagnostics.filter(d => d.severity === 'warning').map(d => d.message);
      this.workspace.say([`Read the ${answer.template} paper's data.`, ...notes].join(' '));
    } catch (error) {
      this.workspace.say(`The paper could not be read: ${error.message}`);
    } finally {
      button.removeAttribute('aria-busy');
      this.reflect();
    }
  }

  /** Lists `changes` (null hides the list). */
  showChanges(changes) {
    $('changes').hidden = changes === null;
    if (changes === null) return;
    $('changes-summary').textContent = changes.length === 0
      ? 'Nothing has been edited since the paper was made.'
      : `${changes.length} change${changes.length === 1 ? '' : 's'} since the paper was made:`;
    $('change-list').replaceChildren(...changes.map(change => {
      const item = document.createElement('li');
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = change.kind;
      const rest = change.text.slice(change.text.indexOf(' ') + 1);
      item.append(kind, rest);
      return item;
    }));
  }
}

/** Shows the Word panel when the page is Word's task pane; resolves to true if it is. */
export async function connectWord(workspace) {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const info = await Office.onReady();
  if (info?.host !== Office.HostType.Word) return false;
  new WordPanel(workspace);
  return true;
}
