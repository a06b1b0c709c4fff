/** The LISTEN/NOTIFY channel every committed workflow event is announced on. */
export const workflowEventsChannel = 'workflow_events';

export interface WorkflowEventNotice {
  instanceId: string;
  seq: number;
  kind: string;
  entityId: string | null;
}

export function encodeNotice(notice: WorkflowEventNotice): string {
  return JSON.stringify(notice);
}

export function decodeNotice(payload: string): WorkflowEventNotice | null {
  try {
    const value = JSON.parse(payload) as Partial<WorkflowEventNotice>;
    if (typeof value.instanceId !== 'string' || typeof value.seq !== 'number' || typeof value.kind !== 'string') return null;
    return { instanceId: value.instanceId, seq: value.seq, kind: value.kind, entityId: value.entityId ?? null };
  } catch {
    return null;
  }
}
