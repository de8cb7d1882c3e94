// A fieldset of checkboxes over a fixed list of values (levels, forms), with optional counts beside each.
import type { ComponentChildren } from 'preact';
import { localNumber } from '../i18n';

export function CheckGroup<T extends string>({ legend, values, chosen, onChange, label, counts }: {
  legend: string; values: readonly T[]; chosen: readonly T[]; onChange: (next: T[]) => void;
  label: (value: T) => ComponentChildren; counts?: Record<T, number>;
}) {
  // Keep the canonical order whatever order the clicks came in.
  const flip = (v: T) => values.filter((x) => (x === v ? !chosen.includes(v) : chosen.includes(x)));
  return (
    <fieldset class="sm-checks">
      <legend class="sm-legend-title">{legend}</legend>
      {values.map((v) => (
        <label key={v} class="sm-check">
          <input type="checkbox" checked={chosen.includes(v)} onChange={() => onChange(flip(v))} />
          {label(v)}
          {counts && <> <span class="sm-count">({localNumber(counts[v])})</span></>}
        </label>
      ))}
    </fieldset>
  );
}
