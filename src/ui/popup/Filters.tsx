// Filters for the claim list: level and form as checkboxes, topic and source as menus, and a search.
// Every option shows how many claims it would list given the other filters.
import { useRef } from 'preact/hooks';
import type { Claim, Topic } from '../../analysis/types';
import { LevelPips } from '../ConfidenceMeter';
import { FORMS, FORM_WORDS, KIND_WORDS, LEVELS, LEVEL_SHORT, TOPICS, TOPIC_WORDS } from '../format';
import { CheckGroup } from './CheckGroup';
import { localNumber, t } from '../i18n';
import { NO_SOURCE_KEY, facetCounts, isFilterActive, sourcesCited, type ClaimFilter } from '../summary';

export function Filters({ claims, filter, onChange, idBase = 'sm-filter' }: {
  claims: Claim[]; filter: ClaimFilter; onChange: (filter: ClaimFilter) => void; idBase?: string;
}) {
  const searchRef = useRef<HTMLInputElement>(null);
  const counts = facetCounts(claims, filter);
  const sources = sourcesCited(claims);
  const hasUnsourced = claims.some((c) => !c.source);
  return (
    <div class="sm-filters" role="search" aria-label={t('filterClaims')}>
      <div class="sm-field">
        <label for={`${idBase}-q`}>{t('searchClaims')}</label>
        <input ref={searchRef} id={`${idBase}-q`} type="search" value={filter.query} placeholder={t('searchPlaceholder')}
          onInput={(e) => onChange({ ...filter, query: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <CheckGroup legend={t('cardConfidence')} values={LEVELS} chosen={filter.levels} counts={counts.levels}
        label={(level) => <span class={`sm-level sm-level-${level}`}><LevelPips level={level} /> <span class="sm-level-word">{LEVEL_SHORT[level]}</span></span>}
        onChange={(levels) => onChange({ ...filter, levels })} />
      <CheckGroup legend={t('filterForm')} values={FORMS} chosen={filter.forms} counts={counts.forms} label={(form) => FORM_WORDS[form]}
        onChange={(forms) => onChange({ ...filter, forms })} />
      <div class="sm-selects">
        <div class="sm-field">
          <label for={`${idBase}-topic`}>{t('filterTopic')}</label>
          <select id={`${idBase}-topic`} value={filter.topics[0] ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Topic | '';
              onChange({ ...filter, topics: v ? [v] : [] });
            }}>
            <option value="">{t('filterAllTopics')}</option>
            {TOPICS.map((topic) => <option key={topic} value={topic}>{TOPIC_WORDS[topic]} ({localNumber(counts.topics[topic])})</option>)}
          </select>
        </div>
        <div class="sm-field">
          <label for={`${idBase}-source`}>{t('cardSource')}</label>
          <select id={`${idBase}-source`} value={filter.sources[0] ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              onChange({ ...filter, sources: v ? [v] : [] });
            }}>
            <option value="">{t('filterAllSources')}</option>
            {sources.map((s) => (
              <option key={s.key} value={s.key}>{s.name} · {KIND_WORDS[s.kind]} ({localNumber(counts.sources[s.key] ?? 0)})</option>
            ))}
            {hasUnsourced && <option value={NO_SOURCE_KEY}>{t('levelNoneShort')} ({localNumber(counts.sources[NO_SOURCE_KEY] ?? 0)})</option>}
          </select>
        </div>
      </div>
      {isFilterActive(filter) && (
        <button type="button" class="sm-btn sm-btn-quiet" onClick={() => {
          onChange({ levels: [], forms: [], topics: [], sources: [], query: '' });
          searchRef.current?.focus(); // this button disappears with the filters it clears
        }}>
          {t('clearFilters')}
        </button>
      )}
    </div>
  );
}
