// A small chart of one subject's figures over time: inline SVG, a dot per exact figure and a bar per range
// (an open upper bound drawn to the top with an arrow). The same figures are listed as text beside it.
import { formatNumber } from '../format';
import { t, tn } from '../i18n';
import type { Subject } from '../../ledger/view';

const W = 320;
const H = 120;
const PAD = 24;

export function FigureChart({ subject }: { subject: Subject }) {
  const pts = subject.points;
  const top = Math.max(1, ...pts.map((p) => (Number.isFinite(p.hi) ? p.hi : p.lo)));
  const t0 = pts[0].time;
  const t1 = pts[pts.length - 1].time;
  const x = (t: number) => (t1 === t0 ? W / 2 : PAD + ((t - t0) / (t1 - t0)) * (W - 2 * PAD));
  const y = (v: number) => H - PAD - (Math.min(v, top * 1.1) / (top * 1.1)) * (H - 2 * PAD);
  return (
    <svg class="sm-chart" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img"
      aria-label={tn('chartLabel', pts.length, `${subject.lemma || subject.topic}${subject.entity ? `, ${subject.entity}` : ''}`, formatNumber(Math.min(...pts.map((p) => p.lo))), formatNumber(top))}>
      <line x1={PAD} y1={H - PAD} x2={W - PAD / 2} y2={H - PAD} class="sm-axis" />
      <line x1={PAD} y1={PAD / 2} x2={PAD} y2={H - PAD} class="sm-axis" />
      <text x={2} y={PAD / 2 + 4} class="sm-chart-label">{formatNumber(top)}</text>
      <text x={2} y={H - PAD + 4} class="sm-chart-label">0</text>
      {pts.map((p) => {
        const cx = x(p.time);
        const exact = p.lo === p.hi;
        return (
          <g key={p.claimId}>
            <title>{`${p.wording}, ${p.source ?? t('correctionNoSource')}, ${p.site}`}</title>
            {!exact && <line x1={cx} x2={cx} y1={y(p.lo)} y2={Number.isFinite(p.hi) ? y(p.hi) : PAD / 2} class="sm-range" />}
            {Number.isFinite(p.hi) && <circle cx={cx} cy={y((p.lo + p.hi) / 2)} r={exact ? 4 : 3} class="sm-dot" />}
            {!Number.isFinite(p.hi) && <path d={`M${cx - 4},${PAD / 2 + 6} L${cx},${PAD / 2} L${cx + 4},${PAD / 2 + 6}`} class="sm-range" />}
          </g>
        );
      })}
    </svg>
  );
}
