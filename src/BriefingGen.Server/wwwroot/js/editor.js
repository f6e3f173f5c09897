// The data editor: a plain textarea with a gutter of line numbers and, behind the text, a mark on
// each line a diagnostic points at. Positions are one-based lines and columns, as diagnostics give.

/** The offset in `text` of one-based `line` and `column`, clamped into the text. */
export function offsetOf(text, line, column) {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(offset + Math.max(0, column - 1), lineEnd);
}

/** The number of lines in `text` (an empty text has one). */
export function lineCount(text) {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

export class Editor {
  constructor({ textarea, gutter, marks }) {
    this.textarea = textarea;
    this.gutter = gutter;
    this.marks = marks;
    this.lines = 0;
    this.problems = new Map();
    textarea.addEventListener('scroll', () => this.follow());
    textarea.addEventListener('input', () => this.renumber());
  }

  get text() { return this.textarea.value; }

  set text(value) {
    this.textarea.value = value;
    this.textarea.scrollTop = 0;
    this.renumber();
  }

  /** The height of one line, in pixels, as the stylesheet sets it. */
  get lineHeight() {
    return parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
  }

  renumber() {
    const count = lineCount(this.textarea.value);
    if (count === this.lines) return;
    this.lines = count;
    const fragment = document.createDocumentFragment();
    for (let i = 1; i <= count; i++) {
      const div = document.createElement('div');
      div.textContent = i;
      fragment.append(div);
    }
    this.gutter.replaceChildren(fragment);
    this.paintGutter();
  }

  /** Marks the lines of `diagnostics` (those in the data) as errors or warnings. */
  mark(diagnostics) {
    this.problems = new Map();
    for (const d of diagnostics) {
      if (d.line < 1) continue;
      if (this.problems.get(d.line) !== 'error') this.problems.set(d.line, d.severity);
    }
    const top = parseFloat(getComputedStyle(this.textarea).paddingTop) || 0;
    const height = this.lineHeight;
    this.marks.replaceChildren(...[...this.problems].map(([line, severity]) => {
      const div = document.createElement('div');
      div.className = severity;
      div.style.top = `${top + (line - 1) * height}px`;
      return div;
    }));
    this.paintGutter();
  }

  paintGutter() {
    const rows = this.gutter.children;
    for (let i = 0; i < rows.length; i++) rows[i].className = this.problems.get(i + 1) ?? '';
  }

  /** Puts the cursor at `line`:`column` and brings it into view. */
  goTo(line, column) {
    const offset = offsetOf(this.textarea.value, line, column);
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    const wanted = (line - 1) * this.lineHeight;
    const { scrollTop, clientHeight } = this.textarea;
    if (wanted < scrollTop || wanted > scrollTop + clientHeight - 2 * this.lineHeight) {
      this.textarea.scrollTop = Math.max(0, wanted - clientHeight / 3);
    }
    this.follow();
  }

  follow() {
    const { scrollTop, scrollLeft } = this.textarea;
    this.gutter.style.transform = `translateY(${-scrollTop}px)`;
    this.marks.style.transform = `translate(${-scrollLeft}px, ${-scrollTop}px)`;
  }
}
