// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../src/ui/ClaimCard';
import { cardHostCss } from '../../src/ui/card-styles';
import { adoptStyles } from '../../src/ui/styles';
import { ARTICLE_TEXT, articleClaims, claimAt } from './claim-factory';
import { axeViolations, byText, click, key, mount, unmountAll } from './render';
import { sentenceAround } from '../../src/ui/context';

const claims = articleClaims();
const byId = (id: string) => claims.find((c) => c.id === id)!;

afterEach(unmountAll);

describe('ClaimCard', () => {
  it('shows everything the reader needs about a figure', () => {
    const c = byId('fig-troops');
    const root = mount(<ClaimCard claim={c} />);
    const text = root.textContent!;
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    expect(text).toContain('Figure · Troops');
    expect(text).toContain('the some 10,000 DPRK troops sent');
    expect(text).toContain('≈ 10,000');
    expect(text).toContain('(“some 10,000”)');
    expect(text).toContain('reports');
    expect(text).toContain('Vague attribution');
    // One plain sentence: what the source is and why we think so, in the article's own words.
    expect(byText(root, '.sm-why', /./).textContent).toBe('This figure comes from reports, a source the article only hints at: the article points to them with “reports are that”.');
    expect(text).not.toMatch(/reporting noun|speech verb|appositive|participle|Cue/);
    expect(text).toContain('Low confidence');
    expect(text).toContain('30%');
    expect([...root.querySelectorAll('.sm-chip')].map((e) => e.textContent)).toEqual(['some']);
    expect([...root.querySelectorAll('.sm-reasons li')].map((e) => e.textContent)).toEqual(c.reasons);
  });

  it('gives the confidence as a meter with its value and its level in words', () => {
    const root = mount(<ClaimCard claim={byId('kcna-quote')} />);
    const meter = root.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).toBe('86');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuetext')).toBe('86%, High confidence');
    expect(meter.getAttribute('aria-label')).toBe('Attribution confidence');
    expect(root.textContent).toContain('High confidence');
  });

  it('says whom a source relays ("via")', () => {
    const root = mount(<ClaimCard claim={byId('kcna-quote')} />);
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Sourcemark: quote attributed to KCNA, citing Kim Jong Un');
    const dd = byText(root, '.sm-fact', /^Source/);
    expect(dd.textContent).toContain('KCNA');
    expect(dd.textContent).toContain('News outlet');
    expect(dd.textContent).toContain(', citing Kim Jong Un');
  });

  it('links an http(s) source safely and never links other schemes', () => {
    const root = mount(<ClaimCard claim={byId('fp-embed')} />);
    const a = root.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://twitter.com/ForeignPolicy/status/1');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.textContent).toBe('twitter.com/ForeignPolicy/status/1');
    unmountAll();
    const evil = { ...byId('fp-embed'), source: { ...byId('fp-embed').source!, url: 'javascript:alert(1)' } };
    const root2 = mount(<ClaimCard claim={evil} />);
    expect(root2.querySelector('a')).toBeNull();
    expect(root2.textContent).toContain('javascript:alert(1)');
  });

  it('renders page text as text, never as markup', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const c = claimAt('Kursk', {
      id: 'xss', text: `${markup} said "hi"`, source: { name: `<b>${markup}</b>`, kind: 'person', mention: null, via: { name: markup, kind: 'person' } },
      cue: { start: 0, end: 3, text: markup, kind: 'other' }, hedges: [markup], reasons: [markup],
      quantity: { text: markup, approximate: false },
    });
    const root = mount(<ClaimCard claim={c} sentence={`Before ${markup} said "hi" after <script>alert(2)</script>`} />);
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.textContent).toContain(markup);
    expect(root.textContent!.split(markup).length - 1).toBeGreaterThanOrEqual(6);
  });

  it('marks the claim inside its sentence', () => {
    const c = byId('fig-casualties');
    const root = mount(<ClaimCard claim={c} sentence={sentenceAround(ARTICLE_TEXT, c)} />);
    expect(root.querySelector('mark')!.textContent).toBe('possibly hundreds of casualties');
    expect(root.querySelector('.sm-sentence')!.textContent).toContain('Ukraine has recently said');
  });

  it('shortens a long claim with care and shows it whole on request', () => {
    const long = `"${'The delegation said the talks would continue next week in Geneva, '.repeat(6)}officials added."`;
    const c = claimAt('Kursk', { id: 'long', text: long, form: 'quote' });
    const root = mount(<ClaimCard claim={c} />);
    const quote = root.querySelector('blockquote')!;
    expect(quote.textContent!.length).toBeLessThan(long.length);
    expect(quote.textContent).toContain('…"');
    const more = byText<HTMLButtonElement>(root, 'button', 'Show all');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    click(more);
    expect(quote.textContent).toContain(long);
    expect(byText(root, 'button', 'Show less').getAttribute('aria-expanded')).toBe('true');
  });

  it('closes with its button and with Escape when it can be closed', () => {
    const onClose = vi.fn();
    const root = mount(<ClaimCard claim={byId('kim-blamed')} onClose={onClose} />);
    click(root.querySelector('button[aria-label="Close claim card"]'));
    expect(onClose).toHaveBeenCalledTimes(1);
    key(root.querySelector('.sm-card')!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(2);
    unmountAll();
    const plain = mount(<ClaimCard claim={byId('kim-blamed')} />);
    expect(plain.querySelector('button[aria-label="Close claim card"]')).toBeNull();
  });

  it('says so when the text names no source, and labels the dialog', () => {
    const root = mount(<ClaimCard claim={byId('fig-aid')} />);
    expect(root.textContent).toContain('No source given');
    expect(root.textContent).toContain('This figure has no source: the article does not say who it comes from.');
    // No meter and no "0%" for a claim with no source: it would read as "0% true".
    expect(root.querySelector('[role="meter"]')).toBeNull();
    expect(root.textContent).not.toMatch(/\b0%/);
    expect(root.textContent).toContain('$1.2 billion');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Sourcemark: figure with no source');
    expect(root.querySelector('h2')!.textContent).toBe('Figure · Money');
  });

  it('has no axe violations, in the page variant inside a shadow root and inline', async () => {
    const host = document.createElement('sourcemark-card');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, cardHostCss);
    const inner = document.createElement('div');
    shadow.append(inner);
    const { render } = await import('preact');
    const { act } = await import('preact/test-utils');
    act(() => render(<ClaimCard claim={byId('kcna-quote')} onClose={() => undefined} sentence="KCNA cites Kim." />, inner));
    expect(shadow.querySelector('[role="meter"]')).not.toBeNull();
    expect(await axeViolations(document.body)).toEqual([]);
    act(() => render(null, inner));
    host.remove();
    const root = mount(<ClaimCard claim={byId('fig-drones')} variant="inline" headingLevel={3} />);
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).toMatch(/^Details: at least 42 drones/);
    expect(await axeViolations(root)).toEqual([]);
  });
});
