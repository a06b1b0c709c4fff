import { performance } from 'node:perf_hooks';
import { apiClient, type ApiClient } from '../../tests/support/api-client.ts';
import { joinAsGuest } from '../../tests/workshops/guest-session.ts';
import type { WorkshopView } from '../../api/workshops/workshop-view.ts';
import { applyLiveBoardMessage, type LiveBoardMessage } from '../../workflows/workshops/live-board.ts';

export interface LiveRoomResult {
  participants: number;
  /** Send-to-seen per (item, viewer): every participant must see every other participant's item. */
  noteLatenciesMs: number[];
  voteLatenciesMs: number[];
  phaseLatenciesMs: number[];
  /** Every viewer's last board has the same version, all notes and all votes. */
  converged: boolean;
  notesSeen: number[];
  votesSeen: number[];
  /** Bytes of each message's JSON data: whole boards (join) and changes (every board change after). */
  boardMessageBytes: number[];
  changeMessageBytes: number[];
}

interface Viewer {
  api: ApiClient;
  userId: string;
  last: WorkshopView | null;
  versions: number[];
  seenAt: Map<string, number>;
  waiters: (() => void)[];
  unsubscribe: () => void;
  boardBytes: number[];
  changeBytes: number[];
}

const send = (api: ApiClient, id: string, type: string, payload: Record<string, unknown> = {}) =>
  api.workshops.send.mutate({ id, type: type as 'ADVANCE', payload });

function watch(viewer: Viewer, workshopId: string): void {
  const sub = viewer.api.workshops.watch.subscribe(
    { id: workshopId },
    {
      onData(message) {
        const now = performance.now();
        const data = message.data as LiveBoardMessage<WorkshopView>;
        (data.kind === 'board' ? viewer.boardBytes : viewer.changeBytes).push(Buffer.byteLength(JSON.stringify(data)));
        const view = applyLiveBoardMessage(viewer.last, data);
        if (!view) return;
        viewer.versions.push(view.version);
        viewer.last = view;
        for (const note of view.board.notes) if (!viewer.seenAt.has(`note:${note.text}`)) viewer.seenAt.set(`note:${note.text}`, now);
        for (const vote of view.board.votes) if (!viewer.seenAt.has(`vote:${vote.voterId}`)) viewer.seenAt.set(`vote:${vote.voterId}`, now);
        if (!viewer.seenAt.has(`phase:${view.phase}`)) viewer.seenAt.set(`phase:${view.phase}`, now);
        for (const wake of viewer.waiters.splice(0)) wake();
      },
      onError(err) {
        console.error('[live-room] subscription error', err);
      },
    },
  );
  viewer.unsubscribe = () => sub.unsubscribe();
}

async function until(viewers: Viewer[], done: (v: Viewer) => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await Promise.all(
    viewers.map(async (v) => {
      while (!done(v)) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`viewer ${v.userId} did not converge in ${timeoutMs} ms (version ${v.last?.version})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 250));
          v.waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }),
  );
}

/**
 * One workshop with `participants` customers on their own connections, each watching the
 * board over SSE. Everybody adds a note at once, then everybody votes at once; the time
 * from a send to each participant seeing it is recorded, as is the facilitator's phase change.
 */
export async function runLiveRoom(
  baseUrl: string,
  facilitator: ApiClient,
  participants: number,
  timeoutMs = 30_000,
): Promise<LiveRoomResult> {
  const { id, inviteCode } = await facilitator.workshops.create.mutate({
    templateId: 'customer-voice',
    title: { en: 'Live room', ar: 'ورشة مباشرة' },
    bundleId: null,
  });
  const viewers: Viewer[] = [];
  for (let i = 0; i < participants; i++) {
    const guest = await joinAsGuest(baseUrl, inviteCode, `Customer ${i + 1}`);
    viewers.push({
      api: apiClient(baseUrl, guest.cookie),
      userId: guest.userId,
      last: null,
      versions: [],
      seenAt: new Map(),
      waiters: [],
      unsubscribe: () => undefined,
      boardBytes: [],
      changeBytes: [],
    });
  }
  await send(facilitator, id, 'SET_VOTE_RULES', { rules: { budget: 1, maxPerIdea: 1, anonymous: false } });
  await send(facilitator, id, 'ADVANCE');
  for (const v of viewers) watch(v, id);
  await until(viewers, (v) => v.last?.phase === 'participants_invited', timeoutMs);

  const phaseSent = performance.now();
  await send(facilitator, id, 'ADVANCE');
  await until(viewers, (v) => v.last?.phase === 'discovery', timeoutMs);
  const phaseLatenciesMs = viewers.map((v) => v.seenAt.get('phase:discovery')! - phaseSent);

  const noteSent = new Map<string, number>();
  await Promise.all(
    viewers.map((v, i) => {
      noteSent.set(`note:note ${i + 1}`, performance.now());
      return send(v.api, id, 'ADD_NOTE', { lane: 'pains', text: `note ${i + 1}` });
    }),
  );
  await until(viewers, (v) => (v.last?.board.notes.length ?? 0) === participants, timeoutMs);

  await send(facilitator, id, 'ADVANCE');
  await send(facilitator, id, 'ADD_IDEA', { text: 'One portal', painPointIds: [] });
  await send(facilitator, id, 'ADD_IDEA', { text: 'No documents twice', painPointIds: [] });
  await send(facilitator, id, 'ADVANCE');
  await until(viewers, (v) => v.last?.phase === 'voting', timeoutMs);
  const ideas = viewers[0]!.last!.board.ideas.map((i) => i.id);
  const voteSent = new Map<string, number>();
  await Promise.all(
    viewers.map((v, i) => {
      voteSent.set(`vote:${v.userId}`, performance.now());
      return send(v.api, id, 'CAST_VOTE', { ideaId: ideas[i % ideas.length] });
    }),
  );
  await until(viewers, (v) => (v.last?.board.votes.length ?? 0) === participants, timeoutMs);

  const latencies = (sent: Map<string, number>) => viewers.flatMap((v) => [...sent].map(([key, at]) => v.seenAt.get(key)! - at));
  const finalVersions = new Set(viewers.map((v) => v.last!.version));
  const noteSets = new Set(viewers.map((v) => v.last!.board.notes.map((n) => n.id).join(',')));
  const result: LiveRoomResult = {
    participants,
    noteLatenciesMs: latencies(noteSent),
    voteLatenciesMs: latencies(voteSent),
    phaseLatenciesMs,
    converged: finalVersions.size === 1 && noteSets.size === 1 && viewers.every((v) => v.last!.board.votes.length === participants),
    notesSeen: viewers.map((v) => v.last!.board.notes.length),
    votesSeen: viewers.map((v) => v.last!.board.votes.length),
    boardMessageBytes: viewers.flatMap((v) => v.boardBytes),
    changeMessageBytes: viewers.flatMap((v) => v.changeBytes),
  };
  for (const v of viewers) v.unsubscribe();
  return result;
}
