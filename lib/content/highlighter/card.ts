/**
 * The small card shown over a highlight: which advice it is, how many others gave it, and
 * a button to jump to the next of them (or, for the reader's own highlight, to delete it).
 * It lives in a closed shadow root on a fixed-position host, so page CSS cannot reach it
 * and it takes no space in the page's layout.
 */
import { OWN_ATTR } from './text-map';

export interface CardAction {
  label: string;
  run(): void;
}

export interface CardContent {
  title: string;
  lines: string[];
  actions: CardAction[];
  /** Colour swatch beside the title. */
  swatch: string;
}

const CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; max-width: 320px; box-sizing: border-box;
  padding: 10px 12px; border-radius: 8px; border: 1px solid #c9ced6;
  background: #ffffff; color: #1d2430; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .card { background: #1f2430; color: #e8ebf0; border-color: #3b4252; }
  button { background: #2b3342; color: #e8ebf0; border-color: #4c566a; }
}
.title { display: flex; align-items: center; gap: 6px; font-weight: 600; margin: 0 0 4px; }
.swatch { width: 12px; height: 12px; border-radius: 3px; flex: none; border: 1px solid rgba(0,0,0,0.25); }
p { margin: 0 0 4px; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
button {
  font: inherit; padding: 3px 8px; border-radius: 6px; cursor: pointer;
  border: 1px solid #9aa3b2; background: #f3f5f8; color: #1d2430;
}
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

export class Card {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    /** Called when the pointer leaves the card. */
    private readonly onLeave: () => void,
  ) {}

  private ensure(): HTMLElement {
    if (this.box) return this.box;
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_ATTR, 'card');
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('top', '0', 'important');
    host.style.setProperty('left', '0', 'important');
    host.style.setProperty('width', '0', 'important');
    host.style.setProperty('height', '0', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const box = this.doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'dialog');
    box.hidden = true;
    box.addEventListener('pointerleave', () => this.onLeave(), { signal: this.signal });
    box.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') this.hide();
      },
      { signal: this.signal },
    );
    root.append(style, box);
    this.doc.documentElement.append(host);
    this.host = host;
    this.box = box;
    return box;
  }

  /** Shows the card beside `rect` (viewport coordinates). */
  show(content: CardContent, rect: DOMRect, focus = false): void {
    const box = this.ensure();
    box.replaceChildren();
    box.setAttribute('aria-label', content.title);
    const title = this.doc.createElement('div');
    title.className = 'title';
    const swatch = this.doc.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = content.swatch;
    const name = this.doc.createElement('span');
    name.textContent = content.title;
    title.append(swatch, name);
    box.append(title);
    for (const line of content.lines) {
      const p = this.doc.createElement('p');
      p.textContent = line;
      box.append(p);
    }
    if (content.actions.length) {
      const actions = this.doc.createElement('div');
      actions.className = 'actions';
      for (const action of content.actions) {
        const b = this.doc.createElement('button');
        b.type = 'button';
        b.textContent = action.label;
        b.addEventListener('click', () => action.run(), { signal: this.signal });
        actions.append(b);
      }
      box.append(actions);
    }
    box.hidden = false;
    const view = this.doc.defaultView;
    const width = Math.min(320, (view?.innerWidth ?? 800) - 16);
    const left = Math.max(8, Math.min(rect.left, (view?.innerWidth ?? 800) - width - 8));
    const below = rect.bottom + 6;
    const fitsBelow = below + 120 < (view?.innerHeight ?? 600);
    box.style.left = `${left}px`;
    box.style.top = fitsBelow ? `${below}px` : '';
    box.style.bottom = fitsBelow ? '' : `${(view?.innerHeight ?? 600) - rect.top + 6}px`;
    if (focus) box.querySelector('button')?.focus({ preventScroll: true });
  }

  get visible(): boolean {
    return !!this.box && !this.box.hidden;
  }

  /** True when the event happened inside the card. */
  contains(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  hide(): void {
    if (this.box) this.box.hidden = true;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
