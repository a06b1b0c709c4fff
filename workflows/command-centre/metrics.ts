/** The figures a supervisor watches, for one window and one counter, centre, entity or the whole programme. */
export interface WindowFigures {
  /** Tickets completed (services delivered) in the window. */
  served: number;
  /** Tickets given up in the window. */
  abandoned: number;
  /** Mean minutes from issue to call, over the tickets called in the window; null with none. */
  averageWaitMinutes: number | null;
  /** Mean minutes from call to completion, over the tickets completed in the window; null with none. */
  averageServiceMinutes: number | null;
  /** Served / (served + abandoned): the share of customers who got their service; null with neither. */
  efficiency: number | null;
  /** Share of the window's survey answers rated 4 or 5 (satisfied); null with no answer. */
  satisfaction: number | null;
  /** Survey answers in the window. */
  surveyed: number;
}

/** The sums SQL answers for a window; the figures follow from them (so roll-ups stay exact). */
export interface WindowSums {
  served: number;
  abandoned: number;
  called: number;
  waitSeconds: number;
  serviceSeconds: number;
  /** Completed tickets with both a call and a completion time. */
  timedServed: number;
  surveyed: number;
  satisfied: number;
}

export const emptySums: WindowSums = {
  served: 0,
  abandoned: 0,
  called: 0,
  waitSeconds: 0,
  serviceSeconds: 0,
  timedServed: 0,
  surveyed: 0,
  satisfied: 0,
};

export function addSums(a: WindowSums, b: WindowSums): WindowSums {
  return {
    served: a.served + b.served,
    abandoned: a.abandoned + b.abandoned,
    called: a.called + b.called,
    waitSeconds: a.waitSeconds + b.waitSeconds,
    serviceSeconds: a.serviceSeconds + b.serviceSeconds,
    timedServed: a.timedServed + b.timedServed,
    surveyed: a.surveyed + b.surveyed,
    satisfied: a.satisfied + b.satisfied,
  };
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function figuresOf(s: WindowSums): WindowFigures {
  const waitMinutes = ratio(s.waitSeconds / 60, s.called);
  const serviceMinutes = ratio(s.serviceSeconds / 60, s.timedServed);
  return {
    served: s.served,
    abandoned: s.abandoned,
    averageWaitMinutes: waitMinutes,
    averageServiceMinutes: serviceMinutes,
    efficiency: ratio(s.served, s.served + s.abandoned),
    satisfaction: ratio(s.satisfied, s.surveyed),
    surveyed: s.surveyed,
  };
}
