import { framework as frameworkShape } from './framework-schema.ts';
import type { Framework, FrameworkNode } from './framework-schema.ts';
import { nearlyEqual } from './score-precision.ts';
import { maxNodeDepth, tooDeepNodePath } from './framework-depth.ts';

export type FrameworkErrorCode =
  | 'schema'
  | 'total_points_required'
  | 'weights_sum'
  | 'override_weights_sum'
  | 'duplicate_node_code'
  | 'unknown_entity_type'
  | 'method_needs_attributes'
  | 'method_needs_checklist'
  | 'checklist_items_missing'
  | 'items_on_branch'
  | 'duplicate_item_code'
  | 'bands_must_start_at_0'
  | 'bands_must_end_at_100'
  | 'band_gap'
  | 'band_not_step'
  | 'band_inverted'
  | 'attribute_weights_sum'
  | 'thresholds_not_ascending'
  | 'maturity_must_start_at_0'
  | 'composite_weights_sum'
  | 'unknown_pillar'
  | 'nesting_too_deep';

export interface FrameworkError {
  code: FrameworkErrorCode;
  /** Translation key; params fill its placeholders. */
  messageKey: `excellence.framework.errors.${FrameworkErrorCode}`;
  /** Where in the document, e.g. `nodes[2].children[0].weight`. */
  path: string;
  params: Record<string, string | number>;
}

export type FrameworkParseResult = { ok: true; framework: Framework } | { ok: false; errors: FrameworkError[] };

function error(code: FrameworkErrorCode, path: string, params: Record<string, string | number> = {}): FrameworkError {
  return { code, messageKey: `excellence.framework.errors.${code}`, path, params };
}

/** `['nodes', 2, 'children', 0, 'weight']` -> `nodes[2].children[0].weight`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Parses unknown JSON into a framework and checks every rule; errors point at the offending path. */
export function parseFramework(input: unknown): FrameworkParseResult {
  const tooDeep = tooDeepNodePath(input);
  if (tooDeep) return { ok: false, errors: [error('nesting_too_deep', formatPath(tooDeep), { max: maxNodeDepth })] };
  const parsed = frameworkShape.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => error('schema', formatPath(issue.path), { issue: issue.code, message: issue.message })),
    };
  }
  const errors = validateFramework(parsed.data);
  return errors.length === 0 ? { ok: true, framework: parsed.data } : { ok: false, errors };
}

/** Semantic rules a structurally valid framework must also meet. */
export function validateFramework(fw: Framework): FrameworkError[] {
  const errors: FrameworkError[] = [];
  const entityTypes = new Set(fw.entityTypes.map((t) => t.code));

  if (fw.mode === 'points' && fw.totalPoints === undefined) {
    errors.push(error('total_points_required', 'totalPoints'));
  }
  const topExpected = fw.mode === 'points' ? fw.totalPoints : 100;
  if (topExpected !== undefined) {
    checkSiblingWeights(fw, fw.nodes, topExpected, 'nodes', errors);
    checkOverrideSums(fw, fw.nodes, null, 'nodes', errors);
  }

  const seenCodes = new Map<string, string>();
  walk(fw.nodes, 'nodes', (node, path) => {
    const first = seenCodes.get(node.code);
    if (first !== undefined) errors.push(error('duplicate_node_code', `${path}.code`, { code: node.code, firstPath: first }));
    else seenCodes.set(node.code, path);
    checkNode(fw, node, path, entityTypes, errors);
  });

  checkBands(fw, errors);
  checkAttributes(fw, errors);
  checkMaturity(fw, errors);
  checkClassification(fw, errors);
  return errors;
}

function walk(nodes: readonly FrameworkNode[], path: string, visit: (node: FrameworkNode, path: string) => void): void {
  nodes.forEach((node, i) => {
    const nodePath = `${path}[${i}]`;
    visit(node, nodePath);
    if (node.children) walk(node.children, `${nodePath}.children`, visit);
  });
}

function checkSiblingWeights(
  fw: Framework,
  nodes: readonly FrameworkNode[],
  expected: number,
  path: string,
  errors: FrameworkError[],
): void {
  const actual = nodes.reduce((sum, n) => sum + n.weight, 0);
  if (!nearlyEqual(actual, expected)) {
    // Point at the last sibling's weight: the one an editor most likely just changed.
    errors.push(error('weights_sum', `${path}[${nodes.length - 1}].weight`, { expected, actual }));
  }
  nodes.forEach((node, i) => {
    if (node.children && node.children.length > 0) {
      checkSiblingWeights(fw, node.children, fw.mode === 'points' ? node.weight : 100, `${path}[${i}].children`, errors);
    }
  });
}

/**
 * Override weights must add up for an entity type wherever every sibling applies to it;
 * where some siblings do not apply, scoring rescales over the rest, so no sum is required.
 */
function checkOverrideSums(
  fw: Framework,
  nodes: readonly FrameworkNode[],
  parent: FrameworkNode | null,
  path: string,
  errors: FrameworkError[],
): void {
  const types = new Set<string>();
  for (const n of nodes) for (const t of Object.keys(n.weightOverrides ?? {})) types.add(t);
  if (parent && fw.mode === 'points') for (const t of Object.keys(parent.weightOverrides ?? {})) types.add(t);
  for (const t of types) {
    if (!nodes.every((n) => appliesTo(n, t))) continue;
    const expected =
      parent === null
        ? fw.mode === 'points'
          ? (fw.totalPoints ?? 0)
          : 100
        : fw.mode === 'points'
          ? (parent.weightOverrides?.[t] ?? parent.weight)
          : 100;
    const actual = nodes.reduce((sum, n) => sum + (n.weightOverrides?.[t] ?? n.weight), 0);
    if (!nearlyEqual(actual, expected)) {
      errors.push(error('override_weights_sum', `${path}[${nodes.length - 1}].weightOverrides.${t}`, { entityType: t, expected, actual }));
    }
  }
  nodes.forEach((node, i) => {
    if (node.children && node.children.length > 0) checkOverrideSums(fw, node.children, node, `${path}[${i}].children`, errors);
  });
}

function appliesTo(node: FrameworkNode, entityType: string): boolean {
  return node.applicability === undefined || node.applicability.includes(entityType);
}

function checkNode(fw: Framework, node: FrameworkNode, path: string, entityTypes: Set<string>, errors: FrameworkError[]): void {
  node.applicability?.forEach((t, i) => {
    if (!entityTypes.has(t)) errors.push(error('unknown_entity_type', `${path}.applicability[${i}]`, { entityType: t }));
  });
  for (const t of Object.keys(node.weightOverrides ?? {})) {
    if (!entityTypes.has(t)) errors.push(error('unknown_entity_type', `${path}.weightOverrides.${t}`, { entityType: t }));
  }
  const isLeaf = !node.children || node.children.length === 0;
  if (!isLeaf) {
    if (node.items) errors.push(error('items_on_branch', `${path}.items`, { code: node.code }));
    return;
  }
  const method = node.method ?? fw.scoring.defaultMethod;
  if (method === 'attributes' && !fw.scoring.attributes?.[node.kind]) {
    errors.push(error('method_needs_attributes', `${path}.method`, { code: node.code, kind: node.kind }));
  }
  if (method === 'checklist') {
    if (!fw.scoring.checklist) errors.push(error('method_needs_checklist', `${path}.method`, { code: node.code }));
    if (!node.items) errors.push(error('checklist_items_missing', `${path}.items`, { code: node.code }));
  }
  const itemCodes = new Set<string>();
  node.items?.forEach((item, i) => {
    if (itemCodes.has(item.code)) errors.push(error('duplicate_item_code', `${path}.items[${i}].code`, { code: item.code }));
    itemCodes.add(item.code);
  });
}

function checkBands(fw: Framework, errors: FrameworkError[]): void {
  const { bands, step } = fw.scoring.bands;
  const path = 'scoring.bands.bands';
  bands.forEach((b, i) => {
    if (b.min % step !== 0) errors.push(error('band_not_step', `${path}[${i}].min`, { value: b.min, step }));
    if (b.max % step !== 0) errors.push(error('band_not_step', `${path}[${i}].max`, { value: b.max, step }));
    if (b.min > b.max) errors.push(error('band_inverted', `${path}[${i}]`, { min: b.min, max: b.max }));
    const prev = bands[i - 1];
    if (prev && b.min !== prev.max + step) {
      errors.push(error('band_gap', `${path}[${i}].min`, { expected: prev.max + step, actual: b.min }));
    }
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first && first.min !== 0) errors.push(error('bands_must_start_at_0', `${path}[0].min`, { actual: first.min }));
  if (last && last.max !== 100) errors.push(error('bands_must_end_at_100', `${path}[${bands.length - 1}].max`, { actual: last.max }));
}

function checkAttributes(fw: Framework, errors: FrameworkError[]): void {
  for (const kind of ['enabler', 'result'] as const) {
    const set = fw.scoring.attributes?.[kind];
    if (!set) continue;
    const actual = set.reduce((sum, a) => sum + a.weight, 0);
    if (!nearlyEqual(actual, 100)) {
      errors.push(error('attribute_weights_sum', `scoring.attributes.${kind}[${set.length - 1}].weight`, { kind, expected: 100, actual }));
    }
  }
}

function checkMaturity(fw: Framework, errors: FrameworkError[]): void {
  const levels = fw.maturityLevels;
  const first = levels[0];
  if (first && first.minPercent !== 0)
    errors.push(error('maturity_must_start_at_0', 'maturityLevels[0].minPercent', { actual: first.minPercent }));
  levels.forEach((level, i) => {
    const prev = levels[i - 1];
    if (prev && level.minPercent <= prev.minPercent) {
      errors.push(
        error('thresholds_not_ascending', `maturityLevels[${i}].minPercent`, { previous: prev.minPercent, actual: level.minPercent }),
      );
    }
  });
}

function checkClassification(fw: Framework, errors: FrameworkError[]): void {
  const rules = fw.classification;
  if (!rules) return;
  const pillars = new Set(fw.nodes.map((n) => n.code));
  rules.tiers.forEach((tier, i) => {
    const prev = rules.tiers[i - 1];
    if (prev && tier.minPercent <= prev.minPercent) {
      errors.push(
        error('thresholds_not_ascending', `classification.tiers[${i}].minPercent`, { previous: prev.minPercent, actual: tier.minPercent }),
      );
    }
    if (prev && tier.stars !== undefined && prev.stars !== undefined && tier.stars <= prev.stars) {
      errors.push(error('thresholds_not_ascending', `classification.tiers[${i}].stars`, { previous: prev.stars, actual: tier.stars }));
    }
    tier.pillarMinimums.forEach((m, j) => {
      if (!pillars.has(m.pillar))
        errors.push(error('unknown_pillar', `classification.tiers[${i}].pillarMinimums[${j}].pillar`, { pillar: m.pillar }));
    });
  });
  if (rules.composite) {
    const actual = rules.composite.reduce((sum, c) => sum + c.weight, 0);
    if (!nearlyEqual(actual, 100)) {
      errors.push(
        error('composite_weights_sum', `classification.composite[${rules.composite.length - 1}].weight`, { expected: 100, actual }),
      );
    }
  }
}
