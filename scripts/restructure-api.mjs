#!/usr/bin/env node
/**
 * One folder per domain under api/ (issue 14): moves every router out of api/routers/ to
 * api/<domain>/router.ts (sub-routers beside it as <name>-router.ts), the root router to
 * api/root.ts, and rewrites every relative import in the repository to follow the moves.
 *
 *   node scripts/restructure-api.mjs --dry-run   # print the plan, change nothing
 *   node scripts/restructure-api.mjs             # move with `git mv` and rewrite imports
 *   npx tsc --noEmit                             # then check
 *
 * Driven by the table below; a file found in api/routers/ that the table does not list is
 * placed by a rule (see `placeByRule`), so routers added meanwhile get a sensible home.
 * Safe to run again: a move already made is recognised (old path gone, new path present) and
 * its imports are still checked; a target that already exists is never overwritten. Refuses
 * to run on a dirty work tree unless --allow-dirty. Plain Node, no dependencies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';

/** Old path -> new path, relative to the repository root. */
const moves = [
  ['api/routers/index.ts', 'api/root.ts'],
  // Signing in, the entities everyone picks from, the inbox.
  ['api/routers/auth.ts', 'api/accounts/router.ts'],
  ['api/routers/entities.ts', 'api/entities/router.ts'],
  ['api/routers/notifications.ts', 'api/notifications/router.ts'],
  // Excellence assessment cycles.
  ['api/routers/excellence.ts', 'api/excellence/router.ts'],
  ['api/routers/excellence-frameworks.ts', 'api/excellence/frameworks-router.ts'],
  ['api/routers/excellence-cycles.ts', 'api/excellence/cycles-router.ts'],
  ['api/routers/excellence-assessments.ts', 'api/excellence/assessments-router.ts'],
  ['api/routers/excellence-scoring.ts', 'api/excellence/scoring-router.ts'],
  ['api/routers/excellence-results.ts', 'api/excellence/results-router.ts'],
  // Life-event bundles and co-design workshops.
  ['api/routers/bundles.ts', 'api/bundles/router.ts'],
  ['api/routers/workshops.ts', 'api/workshops/router.ts'],
  // Customer-journey re-engineering: the service catalogue lives with the journeys that prioritise it.
  ['api/routers/journeys.ts', 'api/journeys/router.ts'],
  ['api/routers/services.ts', 'api/journeys/services-router.ts'],
  ['api/routers/cx.ts', 'api/cx/router.ts'],
  // Improvement: the gap register, action plans, the leadership dashboard.
  ['api/routers/gaps.ts', 'api/improvement/gaps-router.ts'],
  ['api/routers/actions.ts', 'api/improvement/actions-router.ts'],
  ['api/routers/dashboard.ts', 'api/improvement/dashboard-router.ts'],
  // Published results: rankings, maturity views and the public transparency page.
  ['api/routers/rankings.ts', 'api/results/rankings-router.ts'],
  ['api/routers/transparency.ts', 'api/results/transparency-router.ts'],
  ['api/improvement/published-cycles.ts', 'api/results/published-cycles.ts'],
  // Any workflow instance: timeline, audit trail, live updates.
  ['api/routers/workflows.ts', 'api/workflows/router.ts'],
];

/** Where a router file's name (api/routers/<name>.ts) sends it when the table does not list it. */
const domainOfRouterName = {
  auth: 'accounts',
  gaps: 'improvement',
  actions: 'improvement',
  dashboard: 'improvement',
  rankings: 'results',
  transparency: 'results',
  services: 'journeys',
};

/** Plain-text mentions in Markdown files that no path rewrite can catch. */
const docReplacements = [['Routers: `api/routers/excellence*.ts`', 'Routers: `router.ts` and the `*-router.ts` beside it']];

const sourceExtensions = /\.(ts|tsx|mts|cts|mjs|js)$/;
const skippedDirs = new Set(['node_modules', 'dist', 'data', 'coverage']);
const routersDir = 'api/routers';

const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const root = resolve(execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim());
const abs = (p) => join(root, ...p.split('/'));
const log = (...line) => console.log(...line);

if (!dryRun && !args.has('--allow-dirty')) {
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
  if (dirty) {
    console.error('The work tree has uncommitted changes; commit them first (or pass --allow-dirty).');
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------
// 1. The plan: table moves still to make, table moves already made, and rule-placed files.

/** old -> new for moves this run makes. */
const pending = new Map();
/** old -> new for every move known to have happened (this run or an earlier one). */
const known = new Map();

for (const [from, to] of moves) {
  const hasOld = existsSync(abs(from));
  const hasNew = existsSync(abs(to));
  if (hasOld && hasNew) log(`conflict, left alone: ${from} -> ${to} (both exist)`);
  else if (hasOld) pending.set(from, to);
  else if (hasNew) known.set(from, to);
}

const isRouterModule = (path) => /export\s+const\s+\w+Router\s*=\s*router\s*\(/.test(readFileSync(abs(path), 'utf8'));
const isDir = (path) => existsSync(abs(path)) && statSync(abs(path)).isDirectory();
const taken = (path) => existsSync(abs(path)) || [...pending.values()].includes(path);
/** A domain folder that exists, or that a move from the table is about to create. */
const isDomain = (name) => isDir(`api/${name}`) || [...pending.values()].some((to) => to.startsWith(`api/${name}/`));

const isTestFile = (path) => /\.test\.tsx?$/.test(path);

/**
 * A router `x.ts` goes to api/<domain>/router.ts, where <domain> is the alias above, an
 * existing api/x/ folder, or a new one; `domain-part.ts` with an existing api/domain/ folder
 * becomes api/domain/part-router.ts (a sub-router). A module that is not a router goes
 * beside the one router that imports it, or to api/trpc/ when several (or none) do: shared
 * tRPC pieces and common inputs live there. A test follows the module it tests.
 */
function placeByRule(path, routerFiles) {
  if (isTestFile(path)) {
    const subject = path.replace(/\.test(\.tsx?)$/, '$1');
    const subjectTo = pending.get(subject) ?? known.get(subject);
    return subjectTo ? subjectTo.replace(/(\.tsx?)$/, '.test$1') : `api/trpc/${posix.basename(path)}`;
  }
  const name = posix.basename(path).replace(/\.tsx?$/, '');
  if (isRouterModule(path)) {
    const domain = domainOfRouterName[name] ?? name;
    if (isDomain(domain) || !name.includes('-')) {
      const main = `api/${domain}/router.ts`;
      return taken(main) ? `api/${domain}/${name}-router.ts` : main;
    }
    const [head, ...rest] = name.split('-');
    const parent = domainOfRouterName[head] ?? head;
    return isDomain(parent) ? `api/${parent}/${rest.join('-')}-router.ts` : `api/${name}/router.ts`;
  }
  const importers = routerFiles.filter((r) => r !== path && importsOf(r).includes(path));
  const home = importers.length === 1 ? pending.get(importers[0]) : undefined;
  if (home && home !== 'api/root.ts') return posix.join(posix.dirname(home), posix.basename(path));
  return `api/trpc/${posix.basename(path)}`;
}

function listFiles(dir, filter) {
  const out = [];
  if (!isDir(dir)) return out;
  for (const entry of readdirSync(abs(dir))) {
    if (skippedDirs.has(entry) || entry.startsWith('.')) continue;
    const path = dir === '.' ? entry : `${dir}/${entry}`;
    if (statSync(abs(path)).isDirectory()) out.push(...listFiles(path, filter));
    else if (filter(path)) out.push(path);
  }
  return out;
}

/** Relative specifiers a source file uses, resolved against where it sits now. */
function importsOf(path) {
  return [...specifiers(readFileSync(abs(path), 'utf8'))].map((m) => resolveSpecifier(posix.dirname(path), m.spec)).filter(Boolean);
}

// Files in api/routers/ that the table does not list: routers first (helpers follow them), then helpers, then tests.
const routerDirFiles = listFiles(routersDir, (p) => sourceExtensions.test(p));
const unlisted = routerDirFiles.filter((p) => !pending.has(p) && !known.has(p));
const unlistedRouters = unlisted.filter((p) => !isTestFile(p) && isRouterModule(p));
const unlistedHelpers = unlisted.filter((p) => !isTestFile(p) && !isRouterModule(p));
const byRule = [];
for (const path of [...unlistedRouters, ...unlistedHelpers, ...unlisted.filter(isTestFile)]) {
  const to = placeByRule(path, routerDirFiles);
  if (taken(to)) log(`conflict, left alone: ${path} -> ${to} (target exists)`);
  else {
    pending.set(path, to);
    byRule.push([path, to]);
  }
}

for (const [from, to] of pending) known.set(from, to);

log(`\nMoves from the table (${pending.size - byRule.length}):`);
for (const [from, to] of pending) if (!byRule.some(([f]) => f === from)) log(`  ${from} -> ${to}`);
log(`Moves by rule, not in the table (${byRule.length}):`);
for (const [from, to] of byRule) log(`  ${from} -> ${to}`);
const already = [...known].filter(([from]) => !pending.has(from));
if (already.length > 0) log(`Already moved (${already.length}): ${already.map(([f, t]) => `${f} -> ${t}`).join(', ')}`);

// ---------------------------------------------------------------------------------------
// 2. Relative specifiers: find, resolve, rewrite.

function* specifiers(text) {
  const patterns = [
    /\bfrom\s*(['"])(\.\.?\/[^'"\n]+)\1/g,
    /\bimport\s*(['"])(\.\.?\/[^'"\n]+)\1/g,
    /\b(?:import|require|mock|importActual|importMock|doMock)\s*\(\s*(['"])(\.\.?\/[^'"\n]+)\1/g,
    /\bnew\s+URL\s*\(\s*(['"])(\.\.?\/[^'"\n]+)\1\s*,\s*import\.meta\.url/g,
  ];
  const seen = new Set();
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].indexOf(m[1] + m[2]) + 1;
      if (seen.has(start)) continue;
      seen.add(start);
      yield { spec: m[2], start, end: start + m[2].length };
    }
  }
}

/** The repository path a specifier names from `dir`, or null when it names no file. */
function resolveSpecifier(dir, spec, exists = (p) => existsSync(abs(p)) && !statSync(abs(p)).isDirectory()) {
  const base = posix.normalize(posix.join(dir, spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (exists(candidate)) return candidate;
  return null;
}

function specifierFor(fromFile, target, original) {
  let spec = posix.relative(posix.dirname(fromFile), target);
  if (!spec.startsWith('.')) spec = `./${spec}`;
  // Keep the writer's style: an extension only where the original had one.
  if (!/\.(tsx?|mjs|js)$/.test(original)) spec = spec.replace(/\/index\.ts$/, '').replace(/\.tsx?$/, '');
  return spec;
}

// ---------------------------------------------------------------------------------------
// 3. Do it.

if (dryRun) {
  log('\n--dry-run: nothing changed.');
  process.exit(0);
}

const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean));
for (const [from, to] of pending) {
  mkdirSync(dirname(abs(to)), { recursive: true });
  if (tracked.has(from)) execFileSync('git', ['mv', from, to], { cwd: root });
  else renameSync(abs(from), abs(to));
}
if (isDir(routersDir)) {
  const left = readdirSync(abs(routersDir));
  if (left.length === 0) rmdirSync(abs(routersDir));
  else log(`Left in ${routersDir}/ (not source files; move them by hand): ${left.join(', ')}`);
}

const newToOld = new Map([...known].map(([from, to]) => [to, from]));
const exists = (p) => existsSync(abs(p)) && !statSync(abs(p)).isDirectory();
/** Before this run's moves: where the file sat, and so what its specifiers were written against. */
const oldExists = (p) => (pending.has(p) ? true : [...pending.values()].includes(p) ? false : exists(p));

let rewrittenFiles = 0;
let rewrittenSpecifiers = 0;
const unresolved = [];
for (const file of listFiles('.', (p) => sourceExtensions.test(p) && !p.startsWith('scripts/restructure-api'))) {
  const text = readFileSync(abs(file), 'utf8');
  const movedNow = newToOld.has(file) && pending.get(newToOld.get(file)) === file;
  const formerly = newToOld.get(file);
  const edits = [];
  for (const m of specifiers(text)) {
    let target = null;
    if (movedNow) {
      // Written against the old place: resolve there, as the tree was, then follow the move.
      const before = resolveSpecifier(posix.dirname(formerly), m.spec, oldExists);
      target = before && (known.get(before) ?? before);
    } else {
      const here = resolveSpecifier(posix.dirname(file), m.spec, oldExists);
      if (here) {
        // Neither end moved: leave the writer's specifier exactly as it is.
        if (!known.has(here)) continue;
        target = known.get(here);
      } else if (formerly) {
        // Moved by an earlier, interrupted run before its imports were rewritten.
        const there = resolveSpecifier(posix.dirname(formerly), m.spec, exists) ?? resolveSpecifier(posix.dirname(formerly), m.spec, (p) => known.has(p));
        target = there && (known.get(there) ?? there);
      } else {
        const gone = resolveSpecifier(posix.dirname(file), m.spec, (p) => known.has(p));
        target = gone && known.get(gone);
      }
    }
    if (!target) {
      if (/^\.\.?\//.test(m.spec) && /\.(tsx?|mjs)$/.test(m.spec)) unresolved.push(`${file}: ${m.spec}`);
      continue;
    }
    const spec = specifierFor(file, target, m.spec);
    if (spec !== m.spec) edits.push({ ...m, replacement: spec });
  }
  if (edits.length === 0) continue;
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  writeFileSync(abs(file), out);
  rewrittenFiles++;
  rewrittenSpecifiers += edits.length;
}

// Markdown: exact mentions of a moved path, and the few phrases listed above.
let docs = 0;
for (const file of listFiles('.', (p) => p.endsWith('.md'))) {
  const text = readFileSync(abs(file), 'utf8');
  let out = text;
  for (const [from, to] of known) out = out.split(from).join(to);
  for (const [from, to] of docReplacements) out = out.split(from).join(to);
  if (out !== text) {
    writeFileSync(abs(file), out);
    docs++;
  }
}

log(`\nRewrote ${rewrittenSpecifiers} import specifiers in ${rewrittenFiles} files; updated ${docs} Markdown files.`);
if (unresolved.length > 0) log(`Specifiers that name no file (left as they were):\n  ${unresolved.join('\n  ')}`);
log('Next: npx tsc --noEmit, then review `git status` and commit.');
