// The workspace: pick a pack, edit its data, see every problem as you type and the pages as they
// will print, and download the paper. Checks run 300 ms after the last keystroke; a newer check
// cancels an older one, so what is shown always belongs to the text in the editor.

import { call, fileNameOf, json, onKeyNeeded } from './api.js';
import { Editor } from './editor.js';
import { Preview } from './preview.js';
import { connectWord } from './word.js';

const quiet = 300;
const $ = id => document.getElementById(id);

const editor = new Editor({ textarea: $('data'), gutter: $('gutter'), marks: $('marks') });
const preview = new Preview({
  container: $('pages'), empty: $('pages-empty'), zoomSelect: $('zoom'),
  pageInput: $('page'), pageCount: $('page-count'), previous: $('previous'), next: $('next'),
});
const state = { template: null, example: null, timer: 0, controller: null, checked: 0, valid: false };

/** Says what is going on, for everyone: the status bar is a live region. */
function say(text) {
  $('status').textContent = text;
}

function chip(kind, text) {
  const element = $('check');
  element.className = `chip ${kind}`;
  element.textContent = text;
}

function request(extra = {}) {
  return { template: state.template, data: editor.text, format: $('format').value, ...extra };
}

/** Lists `diagnostics`; those in the data put the cursor on their line and column when chosen. */
function showProblems(diagnostics) {
  const list = $('diagnostics');
  const errors = diagnostics.filter(d => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  $('problems-summary').textContent = diagnostics.length === 0
    ? 'No problems.'
    : [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(', ') + '.';
  list.replaceChildren(...diagnostics.map(d => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `diagnostic ${d.severity}`;
    const inData = d.file === 'data.yaml' || d.file === 'data.json';
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = inData ? (d.line > 0 ? `${d.line}:${d.column}` : '—') : `${d.file}${d.line > 0 ? `:${d.line}` : ''}`;
    const what = document.createElement('span');
    what.className = 'what';
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = d.severity;
    what.append(kind);
    if (d.path) {
      const path = document.createElement('span');
      path.className = 'path';
      path.textContent = d.path + ': ';
      what.append(path);
    }
    what.append(d.message);
    button.append(where, what);
    button.setAttribute('aria-label', `${d.severity} at line ${d.line}, column ${d.column}: ${d.path ? d.path + ': ' : ''}${d.message}`);
    if (inData && d.line > 0) {
      button.addEventListener('click', () => editor.goTo(d.line, Math.max(1, d.column)));
    } else {
      button.disabled = true;
    }
    item.append(button);
    return item;
  }));
  editor.mark(diagnostics.filter(d => d.file === 'data.yaml' || d.file === 'data.json'));
}

function setValid(valid) {
  state.valid = valid;
  document.dispatchEvent(new CustomEvent('validity', { detail: valid }));
  for (const button of document.querySelectorAll('.download')) button.disabled = !valid;
  $('stale').hidden = valid || preview.pages.length === 0;
  $('pages').classList.toggle('stale-pages', !valid && preview.pages.length > 0);
}

/** Validates the data, then lays out its pages when it is valid. */
async function check() {
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  const started = performance.now();
  chip('busy', 'Checking…');
  try {
    const validation = await call('/api/validate', { body: request(), signal: controller.signal });
    const checked = await json(validation);
    if (validation.status === 422 || validation.ok) {
      const diagnostics = checked.diagnostics ?? [];
      showProblems(diagnostics);
      if (validation.status === 422) {
        setValid(false);
        chip('bad', 'Errors');
        say(`${$('problems-summary').textContent} The preview waits for valid data.`);
        return;
      }
      chip('busy', 'Laying out…');
      const answer = await call('/api/preview', { body: request(), signal: controller.signal });
      const laidOut = await json(answer);
      if (!answer.ok) {
        showProblems(laidOut.diagnostics ?? diagnostics);
        setValid(false);
        chip('bad', answer.status === 422 ? 'Errors' : 'Not shown');
        say(laidOut.title ?? `The preview failed (${answer.status}).`);
        return;
      }
      showProblems([...diagnostics, ...laidOut.diagnostics.filter(w => !diagnostics.some(d => d.text === w.text))]);
      preview.update(laidOut.svg);
      setValid(true);
      chip('ok', 'Valid');
      const took = Math.round(performance.now() - started);
      say(`${laidOut.pageCount} page${laidOut.pageCount === 1 ? '' : 's'}, laid out in ${took} ms.`);
    } else {
      setValid(false);
      chip('bad', 'Not checked');
      say(checked.title ?? `The check failed (${validation.status}).`);
    }
  } catch (error) {
    if (error.name !== 'AbortError') {
      chip('bad', 'Offline');
      say('The service cannot be reached. Is briefgen serve still running?');
    }
  }
}

function scheduleCheck() {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, quiet);
}

async function download(button) {
  const output = button.dataset.output;
  button.setAttribute('aria-busy', 'true');
  say(`Making the ${button.textContent} file…`);
  try {
    const response = await call('/api/render', { body: request({ output }) });
    if (!response.ok) {
      const problem = await json(response);
      if (problem.diagnostics) showProblems(problem.diagnostics);
      say(problem.title ?? `The ${output} file could not be made (${response.status}).`);
      return;
    }
    const name = fileNameOf(response.headers.get('Content-Disposition'), `briefing.${output}`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(`Downloaded ${name}.`);
  } finally {
    button.removeAttribute('aria-busy');
  }
}

async function loadExample() {
  const response = await call(`/api/templates/${encodeURIComponent(state.template)}/example`);
  if (!response.ok) {
    editor.text = '';
    say('This template has no example; type or paste its data.');
  } else {
    const example = await json(response);
    $('format').value = example.format;
    editor.text = example.data;
    say(`Loaded ${example.fileName}.`);
  }
  check();
}

/** Puts data read elsewhere (a Word paper's) in the editor, under its template, and checks it. */
async function load({ template, format, data }) {
  const select = $('template');
  if (![...select.options].some(o => o.value === template)) {
    say(`This service does not offer the template ${template}.`);
    return;
  }
  select.value = template;
  state.template = template;
  $('format').value = format;
  editor.text = data;
  await check();
}

async function start() {
  // Office wants to hear from a task pane soon after it loads, so this does not wait for the templates.
  connectWord({ request, say, isValid: () => state.valid, load, showProblems })
    .catch(error => say(`Word's task pane could not start: ${error.message}`));
  onKeyNeeded(() => new Promise(resolve => {
    const dialog = $('key-dialog');
    $('key-form').onsubmit = event => { event.preventDefault(); dialog.close(); resolve($('key').value.trim() || null); };
    dialog.onclose = () => resolve(null);
    dialog.showModal();
  }));

  $('data').addEventListener('input', () => { chip('busy', 'Editing…'); scheduleCheck(); });
  $('format').addEventListener('change', scheduleCheck);
  $('reset').addEventListener('click', loadExample);
  $('zoom-in').addEventListener('click', () => preview.zoom(1));
  $('zoom-out').addEventListener('click', () => preview.zoom(-1));
  for (const button of document.querySelectorAll('.download')) button.addEventListener('click', () => download(button));
  $('template').addEventListener('change', () => { state.template = $('template').value; loadExample(); });

  const response = await call('/api/templates');
  if (!response.ok) {
    say((await json(response)).title ?? 'The templates could not be listed.');
    return;
  }
  const { templates } = await json(response);
  const select = $('template');
  select.replaceChildren(...templates.map(t => {
    const option = document.createElement('option');
    option.value = t.name;
    option.textContent = t.name;
    option.title = t.description;
    return option;
  }));
  select.disabled = templates.length === 0;
  if (templates.length === 0) {
    say('No template packs are offered; start briefgen serve with --templates DIR.');
    return;
  }
  state.template = templates[0].name;
  await loadExample();
}

start();
