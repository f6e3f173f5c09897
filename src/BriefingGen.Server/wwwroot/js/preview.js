// The pages as they will print: the service's SVG (one nested <svg class="page"> per page, from
// the PDF's own layout) lifted out page by page into pictures, with zoom and page navigation.

const pointsToPixels = 96 / 72;

/** The pages of a preview's SVG document: each page's markup, size in points and printed number. */
export function pagesOf(svgText) {
  const document = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  return [...document.documentElement.children]
    .filter(element => element.getAttribute('class') === 'page')
    .map(element => {
      const page = element.cloneNode(true);
      page.removeAttribute('y');
      page.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      return {
        label: page.getAttribute('data-label') ?? '',
        width: parseFloat(page.getAttribute('width')),
        height: parseFloat(page.getAttribute('height')),
        markup: new XMLSerializer().serializeToString(page),
      };
    });
}

export class Preview {
  constructor({ container, empty, zoomSelect, pageInput, pageCount, previous, next, onPage }) {
    Object.assign(this, { container, empty, zoomSelect, pageInput, pageCount, previous, next, onPage });
    this.urls = [];
    this.images = [];
    this.pages = [];
    this.current = 0;
    zoomSelect.addEventListener('change', () => this.layout());
    previous.addEventListener('click', () => this.show(this.current - 1));
    next.addEventListener('click', () => this.show(this.current + 1));
    pageInput.addEventListener('change', () => this.show(Number(pageInput.value) - 1));
    container.addEventListener('scroll', () => this.track(), { passive: true });
    container.addEventListener('keydown', event => {
      if (event.key === 'PageDown' || event.key === 'ArrowRight') { event.preventDefault(); this.show(this.current + 1); }
      if (event.key === 'PageUp' || event.key === 'ArrowLeft') { event.preventDefault(); this.show(this.current - 1); }
    });
    new ResizeObserver(() => { if (this.zoomSelect.value === 'fit') this.layout(); }).observe(container);
  }

  /** Shows the pages of `svgText`, keeping the reader's place. */
  update(svgText) {
    const pages = pagesOf(svgText);
    const urls = pages.map(page => URL.createObjectURL(new Blob([page.markup], { type: 'image/svg+xml' })));
    while (this.images.length > pages.length) this.images.pop().remove();
    pages.forEach((page, i) => {
      let image = this.images[i];
      if (!image) {
        image = document.createElement('img');
        image.className = 'page';
        image.decoding = 'async';
        this.container.append(image);
        this.images.push(image);
      }
      image.alt = `Page ${page.label} (${i + 1} of ${pages.length})`;
      image.dataset.label = page.label;
      image.src = urls[i];
    });
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = urls;
    this.pages = pages;
    this.empty.hidden = pages.length > 0;
    this.pageCount.textContent = `of ${pages.length}`;
    this.pageInput.max = String(pages.length);
    this.pageInput.disabled = pages.length === 0;
    this.layout();
    this.current = Math.min(this.current, Math.max(0, pages.length - 1));
    this.reflect();
  }

  /** The scale pages are drawn at: the chosen one, or the one that fits the widest page to the pane. */
  get scale() {
    const chosen = this.zoomSelect.value;
    if (chosen !== 'fit') return Number(chosen);
    const widest = Math.max(...this.pages.map(p => p.width), 1);
    const room = this.container.clientWidth - 2 * parseFloat(getComputedStyle(this.container).paddingLeft || '0');
    return Math.max(0.2, Math.min(2, room / (widest * pointsToPixels)));
  }

  layout() {
    const scale = this.scale;
    this.pages.forEach((page, i) => {
      this.images[i].width = Math.round(page.width * pointsToPixels * scale);
      this.images[i].height = Math.round(page.height * pointsToPixels * scale);
    });
  }

  /** Zooms one step in (+1) or out (-1) from the scale shown now. */
  zoom(step) {
    const levels = [...this.zoomSelect.options].map(o => o.value).filter(v => v !== 'fit').map(Number);
    const now = this.scale;
    const next = step > 0 ? levels.find(l => l > now + 0.01) : [...levels].reverse().find(l => l < now - 0.01);
    if (next !== undefined) {
      this.zoomSelect.value = String(next);
      this.layout();
    }
  }

  /** Scrolls page `index` (from 0) into view. */
  show(index) {
    if (this.images.length === 0) return;
    this.current = Math.max(0, Math.min(index, this.images.length - 1));
    this.container.scrollTo({ top: this.images[this.current].offsetTop - 8 });
    this.reflect();
  }

  /** Follows scrolling: the current page is the one at the top of the view. */
  track() {
    const top = this.container.scrollTop + 24;
    let index = 0;
    this.images.forEach((image, i) => { if (image.offsetTop <= top) index = i; });
    if (index !== this.current) {
      this.current = index;
      this.reflect();
    }
  }

  reflect() {
    const count = this.images.length;
    this.pageInput.value = count ? String(this.current + 1) : '';
    this.previous.disabled = this.current <= 0;
    this.next.disabled = this.current >= count - 1;
    this.onPage?.(this.current, count);
  }
}
