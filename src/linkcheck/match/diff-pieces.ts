// An alignment shown in the source's own wording: the source's words (with its spacing and punctuation), where
// the source has words the article lacks, and the article's words the source does not have.
import type { DiffPiece } from '../types';
import type { Op } from './align';
import type { Word } from './words';

export function diffPieces(ops: Op[], q: Word[], qText: string, s: Word[], sText: string): DiffPiece[] {
  const out: DiffPiece[] = [];
  let lastEnd = -1;
  const push = (text: string, kind: DiffPiece['kind']) => {
    const prev = out[out.length - 1];
    if (prev && prev.kind === kind) prev.text += text;
    else out.push({ text, kind });
  };
  const sourceWord = (k: number) => {
    const w = s[k];
    const lead = lastEnd >= 0 && lastEnd <= w.start ? sText.slice(lastEnd, w.start) : out.length ? ' ' : '';
    lastEnd = w.end;
    return { lead, word: sText.slice(w.start, w.end) };
  };
  let skipping = false;
  for (const o of ops) {
    if (o.op === 'skip') {
      if (!skipping) push(' …', 'same');
      skipping = true;
      lastEnd = s[o.s].end;
      continue;
    }
    skipping = false;
    if (o.op === 'del') {
      if (out.length) push(' ', 'same');
      push(qText.slice(q[o.q].start, q[o.q].end), 'article');
    } else if (o.op === 'sub') {
      const { lead, word } = sourceWord(o.s);
      if (lead) push(lead, 'same');
      push(qText.slice(q[o.q].start, q[o.q].end), 'article');
      push(word, 'source');
    } else {
      const { lead, word } = sourceWord(o.s);
      if (lead) push(lead, 'same');
      push(word, o.op === 'same' ? 'same' : 'source');
    }
  }
  return out;
}
