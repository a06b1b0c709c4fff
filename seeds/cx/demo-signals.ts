import type { ServiceDefinitionInput } from '../../workflows/journeys/service-definition.ts';

/**
 * A modest, deterministic set of customer-experience rows for the demo: enough complaints
 * for a readable Pareto and enough survey answers for the prioritisation, in September 2026.
 * Rows are CSV-like (text cells) so they go through the same import path as a file.
 */
export const demoPeriod = { from: '2026-09-01', to: '2026-09-30' } as const;

/** Complaint categories with their relative weight: a long tail, as real complaint data has. */
const categories: [string, number][] = [
  ['long_waiting', 34],
  ['repeated_documents', 22],
  ['multiple_visits', 15],
  ['unclear_requirements', 10],
  ['staff_behaviour', 6],
  ['system_down', 5],
  ['fees', 3],
];

const texts: Record<string, string> = {
  long_waiting: 'انتظرت أكثر من ساعة قبل أن يُنادى رقمي',
  repeated_documents: 'طُلبت مني المستندات نفسها مرة أخرى',
  multiple_visits: 'اضطررت لمراجعة المركز ثلاث مرات',
  unclear_requirements: 'المتطلبات على الموقع لا تطابق ما طُلب في المركز',
  staff_behaviour: 'لم يشرح الموظف سبب رفض الطلب',
  system_down: 'النظام متوقف ولم يُنجز الطلب',
  fees: 'دفعت الرسوم مرتين',
};

/** Park–Miller generator: the same demo on every start. */
function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

function pick<T>(rnd: () => number, weighted: [T, number][]): T {
  const total = weighted.reduce((n, [, w]) => n + w, 0);
  let r = rnd() * total;
  for (const [v, w] of weighted) {
    r -= w;
    if (r < 0) return v;
  }
  return weighted[weighted.length - 1]![0];
}

const day = (rnd: () => number) => `2026-09-${String(1 + Math.floor(rnd() * 30)).padStart(2, '0')}`;

export interface DemoSignals {
  complaints: Record<string, string>[];
  surveys: Record<string, string>[];
  operations: Record<string, string>[];
}

/** `centresOf(entityCode)` lists the centre codes of an entity. */
export function demoSignals(services: readonly ServiceDefinitionInput[], centresOf: (entityCode: string) => string[]): DemoSignals {
  const rnd = random(20260901);
  const out: DemoSignals = { complaints: [], surveys: [], operations: [] };
  const usedCentres = new Set<string>();
  for (const s of services) {
    const centres = centresOf(s.ownerEntityCode);
    if (centres.length === 0) continue;
    // More complaints where satisfaction is low and volume high.
    const complaints = Math.round(6 + (5 - s.kpis.satisfaction) * 8 + Math.log10(1 + s.kpis.annualVolume) * 2);
    for (let i = 0; i < complaints; i++) {
      const category = pick(rnd, categories);
      out.complaints.push({
        service_code: s.code,
        channel: pick(rnd, [
          ['counter', 5],
          ['phone', 2],
          ['web', 2],
          ['email', 1],
        ]),
        date: day(rnd),
        category,
        text: texts[category]!,
      });
    }
    for (let i = 0; i < 40; i++) {
      const centre = centres[Math.floor(rnd() * centres.length)]!;
      usedCentres.add(centre);
      // Answers scatter around the catalogue KPI.
      const answer = Math.min(5, Math.max(1, Math.round(s.kpis.satisfaction + (rnd() - 0.5) * 3)));
      out.surveys.push({ service_code: s.code, centre_code: centre, channel: 'counter', satisfaction: String(answer), date: day(rnd) });
    }
  }
  for (const centre of usedCentres) {
    for (let d = 1; d <= 30; d++) {
      out.operations.push({
        centre_code: centre,
        date: `2026-09-${String(d).padStart(2, '0')}`,
        transactions_served: String(150 + Math.floor(rnd() * 250)),
        average_wait_minutes: (20 + rnd() * 30).toFixed(1),
        average_service_minutes: (8 + rnd() * 8).toFixed(1),
      });
    }
  }
  return out;
}
