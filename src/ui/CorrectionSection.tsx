// The card's corrections: says when the reader corrected a claim (and what the engine had said), and, where the
// card can save (the in-page card), offers "Wrong source?" (the engine's other candidates, or anyone, typed in)
// and "Not a claim". Pure: the verdict goes out through `controls`; the page's text is only rendered as text.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim, SourceKind } from '../analysis/types';
import type { Candidate } from '../corrections/candidates';
import type { Verdict } from '../corrections/model';
import { KIND_WORDS } from './format';
import { engineSourceWords } from './correction-words';
import { t } from './i18n';

export interface CorrectionControls {
  candidates: Candidate[];
  onCorrect(verdict: Verdict): void;
  onUndo(): void;
}

/** Kinds a reader may give a source typed in (the article's author is the engine's fallback, not a pick). */
const TYPED_KINDS: SourceKind[] = ['person', 'organization', 'government', 'outlet', 'document', 'anonymous', 'vague'];
const OTHER = '__other__';

function Status({ claim }: { claim: Claim }) {
  const c = claim.correction;
  if (!c) return null;
  const engine = engineSourceWords(claim);
  return (
    <p class="sm-corrected" role="status">
      {c.verdict === 'not-a-claim' ? t('fixStatusNotClaim', engine) : t('fixStatusSource', engine)}
    </p>
  );
}

function SourceForm({ idBase, candidates, onSave, onCancel }: {
  idBase: string; candidates: Candidate[]; onSave: (verdict: Verdict) => void; onCancel: () => void;
}) {
  const [picked, setPicked] = useState<string>(candidates.length ? '0' : OTHER);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SourceKind>('person');
  const typed = name.replace(/\s+/g, ' ').trim();
  const ready = picked !== OTHER || typed !== '';
  const save = (e: Event) => {
    e.preventDefault();
    if (!ready) return;
    const c = picked === OTHER ? { name: typed, kind } : candidates[Number(picked)];
    onSave({ kind: 'source', name: c.name, sourceKind: c.kind });
  };
  return (
    <form class="sm-fix-form" onSubmit={save}>
      <fieldset class="sm-fix-choices">
        <legend class="sm-label">{t('fixWhoIsSource')}</legend>
        {candidates.map((c, i) => (
          <label key={`${c.name}-${i}`} class="sm-fix-choice">
            <input type="radio" name={`${idBase}-pick`} value={String(i)} checked={picked === String(i)} onChange={() => setPicked(String(i))} />
            {' '}{c.name} <span class="sm-kind">{KIND_WORDS[c.kind]}</span>
          </label>
        ))}
        <label class="sm-fix-choice">
          <input type="radio" name={`${idBase}-pick`} value={OTHER} checked={picked === OTHER} onChange={() => setPicked(OTHER)} />
          {' '}{t('fixSomeoneElse')}
        </label>
        {picked === OTHER && (
          <div class="sm-fix-other">
            <label for={`${idBase}-name`}>{t('fixName')}</label>
            <input id={`${idBase}-name`} type="text" value={name} maxLength={200} autoComplete="off"
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
            <label for={`${idBase}-kind`}>{t('fixKind')}</label>
            <select id={`${idBase}-kind`} value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as SourceKind)}>
              {TYPED_KINDS.map((k) => <option key={k} value={k}>{KIND_WORDS[k]}</option>)}
            </select>
          </div>
        )}
      </fieldset>
      <div class="sm-fix-actions">
        <button type="submit" class="sm-fix-btn sm-fix-primary" disabled={!ready}>{t('fixSave')}</button>
        <button type="button" class="sm-fix-btn" onClick={onCancel}>{t('fixCancel')}</button>
      </div>
    </form>
  );
}

export function CorrectionSection({ claim, controls, idBase }: { claim: Claim; controls?: CorrectionControls; idBase: string }) {
  const [formFor, setFormFor] = useState<string | null>(null);
  const open = formFor === claim.id;
  // The form that had focus goes once saved: focus "Undo" when the correction comes back, so it is not lost.
  const saving = useRef(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (claim.correction && saving.current) undoRef.current?.focus();
    saving.current = false;
  }, [claim.correction?.verdict]); // only when the correction arrives or goes
  if (!claim.correction && !controls) return null;
  const formId = `${idBase}-fix`;
  return (
    <div class="sm-fix">
      <Status claim={claim} />
      {controls && (
        <div class="sm-fix-actions">
          {claim.correction
            ? <button type="button" class="sm-fix-btn" ref={undoRef} onClick={() => controls.onUndo()}>{t('fixUndo')}</button>
            : (
              <>
                <button type="button" class="sm-fix-btn" aria-expanded={open} aria-controls={formId}
                  onClick={() => setFormFor(open ? null : claim.id)}>{t('fixWrongSource')}</button>
                <button type="button" class="sm-fix-btn" onClick={() => controls.onCorrect({ kind: 'not-a-claim' })}>{t('fixNotAClaim')}</button>
              </>
            )}
        </div>
      )}
      {controls && !claim.correction && (
        <div id={formId} hidden={!open}>
          {open && <SourceForm idBase={idBase} candidates={controls.candidates}
            onSave={(v) => { saving.current = true; setFormFor(null); controls.onCorrect(v); }} onCancel={() => setFormFor(null)} />}
        </div>
      )}
    </div>
  );
}
