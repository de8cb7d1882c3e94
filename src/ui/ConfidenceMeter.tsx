// The confidence as a meter: a bar, the percentage and the level in words, so the level never rests on colour.
import type { Level } from '../analysis/types';
import { LEVEL_SHORT, LEVEL_WORDS, percent } from './format';
import { localPercent, t } from './i18n';

const PIPS: Record<Level, number> = { high: 3, medium: 2, low: 1, none: 0 };

/** Three pips, filled by level: a shape cue for readers who cannot tell the level colours apart. */
export function LevelPips({ level }: { level: Level }) {
  return (
    <span class="sm-pips" aria-hidden="true">
      {[1, 2, 3].map((n) => <span key={n} class={n <= PIPS[level] ? 'sm-pip sm-pip-on' : 'sm-pip'} />)}
    </span>
  );
}

export function LevelBadge({ level, short = false }: { level: Level; short?: boolean }) {
  return (
    <span class={`sm-level sm-level-${level}`}>
      <LevelPips level={level} />
      <span class="sm-level-word">{short ? LEVEL_SHORT[level] : LEVEL_WORDS[level]}</span>
    </span>
  );
}

export function ConfidenceMeter({ confidence, level, label = t('meterLabel') }: {
  confidence: number; level: Level; label?: string;
}) {
  // A claim with no source has no confidence to show: "0%" would read as "0% true".
  if (level === 'none') {
    return <div class="sm-meter-row sm-level-none"><LevelBadge level="none" /></div>;
  }
  const pct = percent(confidence);
  return (
    <div class={`sm-meter-row sm-level-${level}`}>
      <div
        class="sm-meter"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={t('meterValueText', localPercent(pct), LEVEL_WORDS[level])}
      >
        <div class="sm-meter-fill" style={{ width: `${pct}%` }} />
      </div>
      <span class="sm-meter-text" aria-hidden="true">
        <span class="sm-meter-pct">{localPercent(pct)}</span> <LevelBadge level={level} />
      </span>
    </div>
  );
}
