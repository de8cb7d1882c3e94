// @vitest-environment jsdom
// The card's corrections, rendered by ClaimCard: "Wrong source?" with the candidates and free text, "Not a claim",
// the corrected state (what the engine had said) and undo; keyboard-reachable, named controls, no axe violations.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClaimCard } from '../../src/ui/ClaimCard';
import type { CorrectionControls } from '../../src/ui/CorrectionSection';
import { applyCorrections, claimKey, correctionRecord } from '../../src/corrections/model';
import { axeViolations, byText, click, mount, type, unmountAll } from './render';
import { articleClaims } from './claim-factory';

afterEach(unmountAll);

const quote = articleClaims().find((c) => c.id === 'kim-quote-hegemony')!;
function controls(candidates = [{ name: 'KCNA', kind: 'outlet' as const }, { name: 'Ukraine', kind: 'government' as const }]) {
  return { candidates, onCorrect: vi.fn<CorrectionControls['onCorrect']>(), onUndo: vi.fn<() => void>() };
}
const button = (root: HTMLElement, label: string) => byText<HTMLButtonElement>(root, 'button', label);
const radios = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

describe('the card\'s corrections', () => {
  it('"Wrong source?" opens the choices (the first picked), and saving sends the one picked', () => {
    const c = controls();
    const root = mount(<ClaimCard claim={quote} correction={c} idBase="t" />);
    const toggle = button(root, 'Wrong source?');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(radios(root)).toHaveLength(0);
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!.hidden).toBe(false);
    expect(root.querySelector('legend')!.textContent).toBe('Who is the source?');
    expect(radios(root).map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()))
      .toEqual(['KCNA News outlet', 'Ukraine Government', 'Someone else']);
    expect(radios(root)[0].checked).toBe(true);
    click(radios(root)[1]);
    click(button(root, 'Save source'));
    expect(c.onCorrect).toHaveBeenCalledWith({ kind: 'source', name: 'Ukraine', sourceKind: 'government' });
    expect(radios(root)).toHaveLength(0); // the form closes once saved
  });

  it('takes a name typed in, with its kind; Save waits for a name', () => {
    const c = controls([]);
    const root = mount(<ClaimCard claim={quote} correction={c} idBase="t" />);
    click(button(root, 'Wrong source?'));
    expect(radios(root).map((r) => r.value)).toEqual(['__other__']);
    expect(button(root, 'Save source').disabled).toBe(true);
    type(root.querySelector('#t-name'), '  Maria   Zakharova ');
    type(root.querySelector('#t-kind'), 'government', 'change');
    click(button(root, 'Save source'));
    expect(c.onCorrect).toHaveBeenCalledWith({ kind: 'source', name: 'Maria Zakharova', sourceKind: 'government' });
  });

  it('"Not a claim" sends that verdict; Cancel closes the choices and sends nothing', () => {
    const c = controls();
    const root = mount(<ClaimCard claim={quote} correction={c} idBase="t" />);
    click(button(root, 'Wrong source?'));
    click(button(root, 'Cancel'));
    expect(radios(root)).toHaveLength(0);
    expect(c.onCorrect).not.toHaveBeenCalled();
    click(button(root, 'Not a claim'));
    expect(c.onCorrect).toHaveBeenCalledWith({ kind: 'not-a-claim' });
  });

  it('a corrected claim says so, with what Sourcemark had said, and offers undo instead', () => {
    const c = controls();
    const record = correctionRecord(quote, undefined, { kind: 'source', name: 'KCNA', sourceKind: 'outlet' });
    const [corrected] = applyCorrections([quote], { [claimKey(quote)]: record });
    const root = mount(<ClaimCard claim={corrected} correction={c} idBase="t" />);
    const text = root.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('You corrected the source. Sourcemark had said: Kim Jong Un (Person).');
    expect(root.querySelector('.sm-facts')!.textContent).toContain('KCNA');
    expect(() => button(root, 'Wrong source?')).toThrow();
    click(button(root, 'Undo my correction'));
    expect(c.onUndo).toHaveBeenCalledTimes(1);
  });

  it('the popup\'s inline card shows the correction but offers no controls', () => {
    const [hidden] = applyCorrections([quote], { [claimKey(quote)]: correctionRecord(quote, undefined, { kind: 'not-a-claim' }) });
    const root = mount(<ClaimCard claim={hidden} variant="inline" idBase="t" />);
    expect(root.textContent).toContain('You marked this as not a claim');
    expect(root.querySelectorAll('.sm-fix button')).toHaveLength(0);
    const plain = mount(<ClaimCard claim={quote} variant="inline" idBase="u" />);
    expect(plain.querySelector('.sm-fix')).toBeNull();
  });

  it('once saved, focus goes to "Undo" when the corrected claim comes back (not lost with the form)', () => {
    const c = controls();
    const root = mount(<ClaimCard claim={quote} correction={c} idBase="t" />);
    click(button(root, 'Wrong source?'));
    button(root, 'Save source').focus();
    click(button(root, 'Save source'));
    const [corrected] = applyCorrections([quote], { [claimKey(quote)]: correctionRecord(quote, undefined, c.onCorrect.mock.calls[0][0]) });
    act(() => render(<ClaimCard claim={corrected} correction={c} idBase="t" />, root));
    expect(document.activeElement).toBe(button(root, 'Undo my correction'));
    expect(root.querySelector('[role="status"]')!.textContent).toContain('You corrected the source');
  });

  it('has no axe violations with the choices open', async () => {
    const root = mount(<main><ClaimCard claim={quote} correction={controls()} idBase="t" /></main>);
    click(button(root, 'Wrong source?'));
    click(radios(root).at(-1)!);
    expect(await axeViolations(root)).toEqual([]);
  }, 30_000);
});
