// The page at a glance: claims by level, how they are sourced, and who is cited (named first).
import type { Claim, Level, Strength } from '../../analysis/types';
import { LevelBadge } from '../ConfidenceMeter';
import { KIND_WORDS, LEVELS, LEVEL_WORDS, STRENGTHS, STRENGTH_WORDS } from '../format';
import { localNumber, localPercent, localized, t, tn } from '../i18n';
import { attributionShares, countByLevel, sourcesCited, type CitedSource } from '../summary';

const STRENGTH_LEVEL: Record<Strength, Level> = { 'on-record': 'high', anonymous: 'medium', vague: 'low', none: 'none' };
const GROUP_TITLES = localized<Strength>({
  'on-record': 'groupOnRecord', anonymous: 'strengthAnonymous', vague: 'strengthVague', none: 'strengthNone',
});

function LevelCounts({ claims, onPickLevel }: { claims: Claim[]; onPickLevel: (level: Level) => void }) {
  const counts = countByLevel(claims);
  return (
    <section class="sm-section" aria-labelledby="sm-levels-h">
      <h2 id="sm-levels-h" class="sm-h2">{tn('claimsByConfidence', claims.length)}</h2>
      <ul class="sm-tiles">
        {LEVELS.map((level) => (
          <li key={level}>
            {/* The short word fits a quarter of the popup ("No source given" ran out of its tile at 400 px); the
                heading says "by confidence", and the button's name keeps the whole phrase. */}
            <button type="button" class={`sm-tile sm-level-${level}`} disabled={counts[level] === 0}
              aria-label={`${localNumber(counts[level])} ${LEVEL_WORDS[level]}`} onClick={() => onPickLevel(level)}>
              <span class="sm-tile-count">{localNumber(counts[level])}</span>{' '}
              <LevelBadge level={level} short />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Shares({ claims }: { claims: Claim[] }) {
  const shares = attributionShares(claims);
  const pct = (s: Strength) => Math.round(shares[s].share * 100);
  return (
    <section class="sm-section" aria-labelledby="sm-shares-h">
      <h2 id="sm-shares-h" class="sm-h2">{t('sharesTitle')}</h2>
      <div class="sm-bar" aria-hidden="true">
        {STRENGTHS.filter((s) => shares[s].count > 0).map((s) => (
          <span key={s} class={`sm-bar-seg sm-level-${STRENGTH_LEVEL[s]}`} style={{ flexGrow: shares[s].count }} />
        ))}
      </div>
      <ul class="sm-legend">
        {STRENGTHS.map((s) => (
          <li key={s} class={`sm-legend-item sm-level-${STRENGTH_LEVEL[s]}`}>
            <span class="sm-swatch" aria-hidden="true" />
            <span class="sm-legend-label">{STRENGTH_WORDS[s]}</span>{' '}
            <span class="sm-legend-value"><strong>{localPercent(pct(s))}</strong> <span class="sm-muted">({localNumber(shares[s].count)})</span></span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SourceItem({ source, onPick }: { source: CitedSource; onPick: (key: string) => void }) {
  return (
    <li class="sm-source">
      <button type="button" class="sm-source-btn" onClick={() => onPick(source.key)}>
        <bdi class="sm-source-name">{source.name}</bdi>{' '}
        <span class="sm-kind">{KIND_WORDS[source.kind]}</span>{' '}
        <span class="sm-source-count">{tn('claimCount', source.count)}</span>
      </button>
    </li>
  );
}

function Sources({ claims, onPickSource }: { claims: Claim[]; onPickSource: (key: string) => void }) {
  const sources = sourcesCited(claims);
  const groups = (['on-record', 'anonymous', 'vague', 'none'] as Strength[])
    .map((strength) => ({ strength, items: sources.filter((s) => s.strength === strength) }))
    .filter((g) => g.items.length > 0);
  return (
    <section class="sm-section" aria-labelledby="sm-sources-h">
      <h2 id="sm-sources-h" class="sm-h2">{t('sourcesCited')} <span class="sm-muted">({localNumber(sources.length)})</span></h2>
      {sources.length === 0 && <p class="sm-muted">{t('sourcesNone')}</p>}
      {groups.map((g) => (
        <div key={g.strength} class={`sm-source-group sm-level-${STRENGTH_LEVEL[g.strength]}`}>
          <h3 class="sm-h3">{GROUP_TITLES[g.strength]}</h3>
          <ul class="sm-sources">{g.items.map((s) => <SourceItem key={s.key} source={s} onPick={onPickSource} />)}</ul>
        </div>
      ))}
    </section>
  );
}

export function Overview({ claims, onPickLevel, onPickSource }: {
  claims: Claim[]; onPickLevel: (level: Level) => void; onPickSource: (key: string) => void;
}) {
  return (
    <>
      <LevelCounts claims={claims} onPickLevel={onPickLevel} />
      <Shares claims={claims} />
      <Sources claims={claims} onPickSource={onPickSource} />
    </>
  );
}
