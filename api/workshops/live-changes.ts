import { createHash } from 'node:crypto';
import type { Bundle } from '../../workflows/bundles/bundle.ts';
import { jsonChanges, type JsonChange } from '../../workflows/workshops/json-changes.ts';
import type { LiveBoardMessage } from '../../workflows/workshops/live-board.ts';
import { ChangeRun } from '../../workflows/workshops/change-run.ts';
import type { WorkshopViewerRole } from './workshop-access.ts';
import type { WorkshopRecord } from './workshop-record.ts';
import { sharedWorkshopView, workshopView, type WorkshopView } from './workshop-view.ts';
import { personalBoard } from '../../workflows/workshops/workshop-board-view.ts';

/** One live viewer: who, how they stand to the workshop, and the bundle their board is drawn with. */
export interface LiveViewer {
  id: string;
  role: WorkshopViewerRole;
  bundle: Bundle | undefined;
  /** Names the bundle's content, so viewers holding equal bundles share work. */
  bundleKey: string;
}

export function bundleKeyOf(bundle: Bundle | undefined): string {
  return bundle ? createHash('sha256').update(JSON.stringify(bundle)).digest('base64url') : '-';
}

type SharedView = ReturnType<typeof sharedWorkshopView>;

// Keyed by the record object the live hub hands every viewer in this process: work done for
// one viewer of a class is reused by the others, and goes away with the record.
const sharedViews = new WeakMap<WorkshopRecord, Map<string, SharedView>>();
const sharedDiffs = new WeakMap<WorkshopRecord, Map<string, JsonChange[]>>();

/** Viewers whose shared view is the same: the facilitator's carries the invite code and undo offer. */
const classOf = (viewer: LiveViewer) => `${viewer.role === 'facilitator' ? 'facilitator' : 'viewer'}|${viewer.bundleKey}`;

function memo<V>(store: WeakMap<WorkshopRecord, Map<string, V>>, record: WorkshopRecord, key: string, make: () => V): V {
  let perRecord = store.get(record);
  if (!perRecord) {
    perRecord = new Map();
    store.set(record, perRecord);
  }
  let value = perRecord.get(key);
  if (value === undefined) {
    value = make();
    perRecord.set(key, value);
  }
  return value;
}

function sharedView(record: WorkshopRecord, viewer: LiveViewer): SharedView {
  return memo(sharedViews, record, classOf(viewer), () => sharedWorkshopView(record, viewer.role, viewer.bundle));
}

/** The whole board for this viewer (join, resume, or a change of role). */
export function liveBoard(record: WorkshopRecord, viewer: LiveViewer): LiveBoardMessage<WorkshopView> {
  return { kind: 'board', view: workshopView(record, viewer, viewer.bundle) };
}

/** The viewer's dots, as the changes to `board.votes`: everyone's alike unless voting is anonymous at either end. */
function voteChanges(from: WorkshopRecord, to: WorkshopRecord, viewer: LiveViewer): JsonChange[] {
  const votes = (record: WorkshopRecord) => ({ board: { votes: personalBoard(record.context, viewer.id).votes } });
  const shown = !from.context.settings.votes.anonymous && !to.context.settings.votes.anonymous;
  if (!shown) return jsonChanges(votes(from), votes(to));
  return memo(sharedDiffs, to, `${from.version}|${from.id}|votes`, () => jsonChanges(votes(from), votes(to)));
}

/**
 * The changes that bring this viewer's board from `from` to `to`: the shared part's changes,
 * computed once per pair of versions and class of viewer however many watch, then the viewer's
 * own part (who they are, the dots they may see, the dots they have left). The two parts never
 * share a field, so together they equal the changes between the viewer's two whole views.
 */
export function liveChanges(from: WorkshopRecord, to: WorkshopRecord, viewer: LiveViewer): JsonChange[] {
  const shared = memo(sharedDiffs, to, `${from.version}|${from.id}|${classOf(viewer)}`, () =>
    jsonChanges(sharedView(from, viewer), sharedView(to, viewer)),
  );
  const own = (record: WorkshopRecord) => ({
    me: { id: viewer.id, role: viewer.role },
    board: { votesLeft: personalBoard(record.context, viewer.id).votesLeft },
  });
  return [...shared, ...voteChanges(from, to, viewer), ...jsonChanges(own(from), own(to))];
}

/** Changes of consecutive versions go out together while the message stays within this many bytes. */
export const changeMessageBudget = 900;

/** What a viewer was last sent: the version their board is at, drawn for them as they stood then. */
export interface LiveSent {
  record: WorkshopRecord;
  viewer: LiveViewer;
}

/**
 * The messages that bring a viewer holding `state.sent` through `records` (newer versions, in
 * order): the whole board when they hold nothing or their role changed, else the changes of each
 * version, those of consecutive versions joined in one message while it stays within the budget
 * (a client applies them in order, so they equal the change from the first to the last). Keeps
 * `state.sent` at the last version yielded; a `viewerOf` that throws (a participant removed)
 * ends the stream after everything before that version went out.
 */
export function* liveMessages(
  state: { sent: LiveSent | null },
  records: readonly WorkshopRecord[],
  viewerOf: (record: WorkshopRecord) => LiveViewer,
): Generator<{ version: number; message: LiveBoardMessage<WorkshopView> }> {
  let open: { from: number; to: WorkshopRecord; viewer: LiveViewer; run: ChangeRun } | null = null;
  const close = () => {
    if (!open) return null;
    const message: LiveBoardMessage<WorkshopView> = {
      kind: 'changes',
      from: open.from,
      version: open.to.version,
      changes: open.run.changes,
    };
    state.sent = { record: open.to, viewer: open.viewer };
    open = null;
    return { version: message.version, message };
  };
  for (const record of records) {
    let viewer: LiveViewer;
    try {
      viewer = viewerOf(record);
    } catch (err) {
      const last = close();
      if (last) yield last;
      throw err;
    }
    const base: LiveSent | null = open ? { record: open.to, viewer: open.viewer } : state.sent;
    if (!base || base.viewer.role !== viewer.role) {
      const last = close();
      if (last) yield last;
      state.sent = { record, viewer };
      yield { version: record.version, message: liveBoard(record, viewer) };
      continue;
    }
    const changes = liveChanges(base.record, record, viewer);
    if (open && !open.run.tryAdd(changes, changeMessageBudget)) {
      const last = close();
      if (last) yield last;
    }
    if (open) {
      open.to = record;
      open.viewer = viewer;
    } else {
      const run = new ChangeRun();
      run.tryAdd(changes);
      open = { from: base.record.version, to: record, viewer, run };
    }
  }
  const last = close();
  if (last) yield last;
}
