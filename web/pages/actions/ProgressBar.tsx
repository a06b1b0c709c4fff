import { useFormat } from '../../i18n/format.ts';

/** A rolled-up figure from the server; null (nothing counts) shows a dash. */
export function ProgressBar({ value }: { value: number | null }) {
  const format = useFormat();
  if (value === null) return <span className="muted">—</span>;
  return (
    <span className="improvement__progress">
      <span className="improvement__bar" aria-hidden="true">
        <span style={{ inlineSize: `${Math.min(100, Math.max(0, value))}%` }} />
      </span>
      <span className="num">{format.score(value)}%</span>
    </span>
  );
}
