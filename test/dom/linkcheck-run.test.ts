// The whole check against a local server: one fixture of each verdict's kind, HTML and PDF.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/linkcheck/run-check';
import { makePdf } from '../fixtures/linkcheck/make-pdf';
import { listenLocal, type LocalServer } from '../fixtures/linkcheck/local-server';

let server: LocalServer;
let origin = '';
const parseHtml = (html: string) => new new JSDOM('').window.DOMParser().parseFromString(html, 'text/html');
const STATEMENT = '<html><body><article><h1>Statement</h1><p>The minister said: we will not retreat, not one step, and we will never abandon the people of the east. '
  + 'Talks remain possible if the shelling stops, he added, speaking to reporters in the capital on Monday morning.</p>'
  + '<p>At least 42 people were killed in the shelling of the market, the health ministry said in its evening update to the press.</p></article></body></html>';

beforeAll(async () => {
  server = await listenLocal((req, res) => {
    if (req.url === '/statement') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STATEMENT);
    else if (req.url === '/report.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(makePdf([['Situation report.', 'At least 42 people were killed in the market shelling.']]));
    else if (req.url === '/broken.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 broken');
    else res.writeHead(404).end();
  });
  origin = server.origin;
});
afterAll(() => server.close());

describe('runCheck', () => {
  it('finds a quotation in an HTML page', async () => {
    const v = await runCheck(`${origin}/statement`, { form: 'quote', text: '"we will never abandon the people of the east"' }, { parseHtml });
    expect(v).toEqual({ kind: 'found', passage: 'we will never abandon the people of the east' });
  });
  it('says a misquotation differs', async () => {
    const v = await runCheck(`${origin}/statement`, { form: 'quote', text: '"we will never abandon the people of the west"' }, { parseHtml });
    expect(v.kind).toBe('differs');
  });
  it('finds a figure in a PDF', async () => {
    const v = await runCheck(`${origin}/report.pdf`, { form: 'figure', text: '42', sentence: 'Officials said 42 people were killed in the market shelling.', quantity: { value: 42, unit: 'people' } });
    expect(v.kind).toBe('found');
  });
  it('says not found when the page does not hold the claim', async () => {
    const v = await runCheck(`${origin}/statement`, { form: 'quote', text: '"the economy grew faster than anyone expected"' }, { parseHtml });
    expect(v).toEqual({ kind: 'not-found' });
  });
  it('says it could not read a missing page or a broken PDF', async () => {
    expect(await runCheck(`${origin}/missing`, { form: 'quote', text: '"x y z"' }, { parseHtml })).toMatchObject({ kind: 'unreadable', reason: 'not-found' });
    expect(await runCheck(`${origin}/broken.pdf`, { form: 'quote', text: '"x y z"' }, { parseHtml })).toMatchObject({ kind: 'unreadable', reason: 'not-text' });
  });
});
