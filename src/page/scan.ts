// One linear pass over a subtree that counts, per block element, the text a reader would see:
// the numbers behind article-body detection (paragraph text, link density, Readability-like scores).
import { drain, walkTreeSteps } from './walk';
import { BLOCK_TAGS, isNeverText } from './rules';

export interface TextStats {
  /** Visible text characters in the subtree. */
  text: number;
  /** Characters inside <p> elements. */
  p: number;
  /** Characters inside links. */
  link: number;
  /** Characters whose nearest block ancestor is this element (its own paragraph text). */
  inline: number;
  inlineLink: number;
  inlineCommas: number;
}

interface Frame { el: Element; stats: TextStats; block: boolean }

const COMMA = /[,،、，]/g;

/** Stats for every block element (and <a>, <article>) under `root`. Linear in the subtree size. */
export function scanText(root: Element): Map<Element, TextStats> {
  return drain(scanTextSteps(root));
}

/** scanText in steps (see walkTreeSteps). */
export function* scanTextSteps(root: Element): Generator<void, Map<Element, TextStats>, void> {
  const out = new Map<Element, TextStats>();
  const frames: Frame[] = [];
  const blocks: Frame[] = [];
  let pDepth = 0;
  let linkDepth = 0;
  yield* walkTreeSteps(root, {
    enter(el) {
      if (el !== root && isNeverText(el)) return false;
      const name = el.localName;
      const frame: Frame = { el, block: BLOCK_TAGS.has(name), stats: { text: 0, p: 0, link: 0, inline: 0, inlineLink: 0, inlineCommas: 0 } };
      frames.push(frame);
      if (frame.block) blocks.push(frame);
      if (name === 'p') pDepth++;
      if (name === 'a' && el.hasAttribute('href')) linkDepth++;
      return true;
    },
    leave(el) {
      const frame = frames.pop();
      if (!frame) return;
      const name = el.localName;
      if (name === 'p') pDepth--;
      if (name === 'a' && el.hasAttribute('href')) linkDepth--;
      if (frame.block) blocks.pop();
      const s = frame.stats;
      if (s.text > 0) out.set(el, s);
      const parent = frames[frames.length - 1];
      if (parent) {
        parent.stats.text += s.text;
        parent.stats.p += s.p;
        parent.stats.link += s.link;
      }
    },
    text(node) {
      const data = node.data;
      // Count characters without whitespace runs: cheap and close to what the extraction keeps.
      const len = visibleLength(data);
      if (len === 0) return;
      const top = frames[frames.length - 1];
      if (!top) return;
      top.stats.text += len;
      if (pDepth > 0) top.stats.p += len;
      if (linkDepth > 0) top.stats.link += len;
      const block = blocks[blocks.length - 1];
      if (block) {
        block.stats.inline += len;
        if (linkDepth > 0) block.stats.inlineLink += len;
        COMMA.lastIndex = 0;
        let commas = 0;
        if (data.length < 100_000) commas = data.match(COMMA)?.length ?? 0;
        block.stats.inlineCommas += commas;
      }
    },
  });
  return out;
}

/** Length after collapsing whitespace runs to one character and trimming. */
function visibleLength(data: string): number {
  let len = 0;
  let inWs = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
    if (!ws) len++;
    else if (!inWs) len++;
    inWs = ws;
  }
  return len;
}
