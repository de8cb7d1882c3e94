// Rendering helpers for component tests in jsdom: a fresh container per test, effects flushed with act().
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import axe from 'axe-core';

/** Renders into a fresh container; popup tests pass 'main', as popup.html renders the app inside <main>. */
export function mount(ui: ComponentChild, tag: 'div' | 'main' = 'div'): HTMLElement {
  const container = document.createElement(tag);
  document.body.append(container);
  act(() => render(ui, container));
  return container;
}

export function unmountAll(): void {
  for (const el of [...document.body.children]) {
    act(() => render(null, el));
    el.remove();
  }
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

export function key(el: Element, key: string): void {
  act(() => { el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })); });
}

/** Sets an input's value and fires the event Preact listens to. */
export function type(el: Element | null, value: string, event: 'input' | 'change' = 'input'): void {
  if (!el) throw new Error('no field');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T {
  const match = [...root.querySelectorAll<T>(selector)].find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent?.trim() ?? ''));
  if (!match) throw new Error(`no ${selector} with text ${String(text)}`);
  return match;
}

/** axe-core violations, colour contrast excepted (jsdom has no layout or computed colours). */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
