import type { BundleDesign, DesignStep } from './bundle-design.ts';

/**
 * Edits of a to-be design the design panel sends as SET_DESIGN. They only reshape the
 * draft; every figure (steps, visits, days, the difference from the baseline) is computed
 * by the server from what comes back.
 */
export function withStep(design: BundleDesign, stepId: string, change: Partial<DesignStep>): BundleDesign {
  return { ...design, steps: design.steps.map((s) => (s.id === stepId ? { ...s, ...change } : s)) };
}

export function withoutStep(design: BundleDesign, stepId: string): BundleDesign {
  return { ...design, steps: design.steps.filter((s) => s.id !== stepId) };
}

/** A step after the last one, on the first platform. */
export function withNewStep(design: BundleDesign, title: DesignStep['title']): BundleDesign {
  const taken = new Set(design.steps.map((s) => s.id));
  let n = design.steps.length + 1;
  while (taken.has(`step-${n}`)) n++;
  const group = Math.max(0, ...design.steps.map((s) => s.parallelGroup)) + 1;
  const step: DesignStep = {
    id: `step-${n}`,
    title,
    platformId: design.platforms[0]!.id,
    replacesServiceIds: [],
    visit: false,
    fees: 0,
    typicalDays: 1,
    parallelGroup: group,
  };
  return { ...design, steps: [...design.steps, step] };
}

/** Moves a step one place earlier (-1) or later (+1); parallel groups follow the new order. */
export function withStepMoved(design: BundleDesign, stepId: string, by: -1 | 1): BundleDesign {
  const steps = [...design.steps];
  const i = steps.findIndex((s) => s.id === stepId);
  const j = i + by;
  if (i < 0 || j < 0 || j >= steps.length) return design;
  [steps[i], steps[j]] = [steps[j]!, steps[i]!];
  // The step now earlier takes the earlier group of the two.
  const [early, late] = i < j ? [i, j] : [j, i];
  const groups = [steps[early]!.parallelGroup, steps[late]!.parallelGroup];
  steps[early] = { ...steps[early]!, parallelGroup: Math.min(...groups) };
  steps[late] = { ...steps[late]!, parallelGroup: Math.max(...groups) };
  return { ...design, steps };
}

/** Toggles whether a service merges into this step (a service merges into one step only). */
export function withServiceToggled(design: BundleDesign, stepId: string, serviceId: string): BundleDesign {
  const step = design.steps.find((s) => s.id === stepId);
  if (!step) return design;
  const adding = !step.replacesServiceIds.includes(serviceId);
  return {
    ...design,
    steps: design.steps.map((s) => {
      const rest = s.replacesServiceIds.filter((id) => id !== serviceId);
      return { ...s, replacesServiceIds: s.id === stepId && adding ? [...rest, serviceId] : rest };
    }),
  };
}

/** Every service merged into one step on the platform, no visit: the one-stop flow to refine from. */
export function mergedIntoOnePlatform(design: BundleDesign, serviceIds: readonly string[], title: DesignStep['title']): BundleDesign {
  const platform = design.platforms[0]!;
  const fees = design.steps.reduce((sum, s) => sum + s.fees, 0);
  const days = Math.max(1, ...design.steps.map((s) => s.typicalDays));
  return {
    ...design,
    platforms: [platform],
    steps: [
      {
        id: 'step-1',
        title,
        platformId: platform.id,
        replacesServiceIds: [...serviceIds],
        visit: false,
        fees,
        typicalDays: days,
        parallelGroup: 1,
      },
    ],
  };
}

/** A first draft when the bundle has no to-be design yet: one portal, one step per service. */
export function draftFromServices(
  services: readonly { id: string; name: DesignStep['title'] }[],
  platformName: DesignStep['title'],
): BundleDesign {
  return {
    platforms: [{ id: 'portal', name: platformName, channels: ['website', 'mobile_app'] }],
    steps: services.map((s, i) => ({
      id: `step-${i + 1}`,
      title: s.name,
      platformId: 'portal',
      replacesServiceIds: [s.id],
      visit: false,
      fees: 0,
      typicalDays: 1,
      parallelGroup: i + 1,
    })),
    documents: [],
  };
}
