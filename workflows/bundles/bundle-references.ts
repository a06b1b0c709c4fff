import type { Bundle } from './bundle.ts';
import type { BundleDesignVersion } from './bundle-design.ts';
import { problem, type FieldProblem } from '../registry/field-problem.ts';
import { canonicalJson } from '../registry/catalogue-rules.ts';

/**
 * Every entity code of a bundle the register does not hold (or holds archived), at its path:
 * participants, governance, trigger, providers, document issuers and holders of eliminated documents.
 */
export function bundleReferenceProblems(bundle: Bundle, entityCodes: ReadonlySet<string>): FieldProblem[] {
  const out: FieldProblem[] = [];
  const check = (path: string, code: string | undefined) => {
    if (code !== undefined && !entityCodes.has(code)) out.push(problem(path, 'unknownEntity'));
  };
  bundle.participatingEntities.forEach((code, i) => {
    check(`participatingEntities.${i}`, code);
  });
  check('governanceGroup.chair', bundle.governanceGroup.chair);
  bundle.governanceGroup.members.forEach((code, i) => {
    check(`governanceGroup.members.${i}`, code);
  });
  check('trigger.signalledBy', bundle.trigger.signalledBy);
  bundle.services.forEach((s, i) => {
    check(`services.${i}.providedBy`, s.providedBy);
  });
  bundle.documents.forEach((d, i) => {
    check(`documents.${i}.issuedBy`, d.issuedBy);
  });
  bundle.designs.forEach((v, i) => {
    v.design.documents.forEach((d, j) => {
      if (d.status === 'eliminated') check(`designs.${i}.design.documents.${j}.heldBy`, d.heldBy);
    });
  });
  return out;
}

/**
 * How an imported document's design history meets the stored one. The history is never
 * rewritten: versions already stored must come back unchanged, later ones are appended, and
 * versions run 1, 2, 3... in order.
 */
export function designImportPlan(
  stored: readonly BundleDesignVersion[],
  incoming: readonly BundleDesignVersion[],
): { append: BundleDesignVersion[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  // The same moment may be written `...00Z` or `...00.000Z`.
  const same = (a: BundleDesignVersion, b: BundleDesignVersion) =>
    Date.parse(a.recordedAt) === Date.parse(b.recordedAt) &&
    canonicalJson({ ...a, recordedAt: '' }) === canonicalJson({ ...b, recordedAt: '' });
  incoming.forEach((v, i) => {
    if (Number.isNaN(Date.parse(v.recordedAt))) problems.push(problem(`designs.${i}.recordedAt`, 'invalidDate'));
    else if (v.version !== i + 1) problems.push(problem(`designs.${i}.version`, 'designVersionOrder'));
    else if (i < stored.length && !same(stored[i]!, v)) problems.push(problem(`designs.${i}`, 'designRewrite'));
  });
  return { append: problems.length > 0 ? [] : incoming.slice(stored.length), problems };
}
