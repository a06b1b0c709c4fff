/** One bar of a Pareto chart. Percentages are exact (0..100); the UI rounds. */
export interface ParetoRow {
  category: string;
  count: number;
  percent: number;
  cumulativePercent: number;
  /** Part of the vital few. */
  vital: boolean;
}

export interface ParetoOptions {
  /** Cumulative share the vital few reach, in percent (80 by default). */
  threshold?: number;
}

/**
 * Groups complaints by category, largest first (ties by name so the chart is stable),
 * with cumulative percentages. The vital few are the categories taken, largest first,
 * until their cumulative share reaches the threshold: the one that crosses it is
 * included, because without it the few explain less than the threshold.
 */
export function paretoByCategory(complaints: readonly { category: string }[], options: ParetoOptions = {}): ParetoRow[] {
  const threshold = options.threshold ?? 80;
  const counts = new Map<string, number>();
  for (const c of complaints) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  const total = complaints.length;
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let running = 0;
  return sorted.map(([category, count]) => {
    const before = (running / total) * 100;
    running += count;
    return {
      category,
      count,
      percent: (count / total) * 100,
      cumulativePercent: (running / total) * 100,
      vital: before < threshold,
    };
  });
}

/** The categories of the vital few, largest first. */
export function vitalFew(rows: readonly ParetoRow[]): string[] {
  return rows.filter((r) => r.vital).map((r) => r.category);
}
