// WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs; Tab goes into the panel.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: ComponentChildren;
  panel: () => ComponentChildren;
}

export function Tabs<K extends string>({ tabs, selected, onSelect, label, idBase = 'sm-tab' }: {
  tabs: TabSpec<K>[]; selected: K; onSelect: (key: K) => void; label: string; idBase?: string;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const index = Math.max(0, tabs.findIndex((t) => t.key === selected));

  const move = (to: number) => {
    const next = tabs[(to + tabs.length) % tabs.length];
    onSelect(next.key);
    // Focus follows selection; the button exists already (all tabs are always rendered).
    listRef.current?.querySelector<HTMLButtonElement>(`#${idBase}-${next.key}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (!(e.key in keys)) return;
    e.preventDefault();
    move(keys[e.key]);
  };

  return (
    <>
      <div class="sm-tabs" role="tablist" aria-label={label} ref={listRef} onKeyDown={onKeyDown}>
        {tabs.map((t, i) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            id={`${idBase}-${t.key}`}
            class="sm-tab"
            aria-selected={i === index}
            aria-controls={`${idBase}-${t.key}-panel`}
            tabIndex={i === index ? 0 : -1}
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div
          key={t.key}
          role="tabpanel"
          id={`${idBase}-${t.key}-panel`}
          aria-labelledby={`${idBase}-${t.key}`}
          class="sm-panel"
          hidden={i !== index}
          tabIndex={0}
        >
          {i === index && t.panel()}
        </div>
      ))}
    </>
  );
}
