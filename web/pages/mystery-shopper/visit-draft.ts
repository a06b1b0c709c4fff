import type { Answer } from '../../../workflows/mystery-shopper/checklist.ts';
import type { VisitReport } from '../../../workflows/mystery-shopper/visit-machine.ts';
import { draftKey, newClientKey, readJson, writeJson, type PendingPhoto } from './visit-outbox.ts';

/** What the shopper has typed so far, kept on the phone after every change so nothing is lost without signal. */
export interface VisitDraft {
  /** The report's idempotency key: the same for every resend of this report. */
  clientKey: string;
  arrival: string;
  ticket: string;
  waitingMinutes: string;
  serviceMinutes: string;
  answers: Record<string, Answer>;
  notes: string;
  photos: PendingPhoto[];
}

export function loadDraft(visitId: string): VisitDraft {
  return (
    readJson<VisitDraft>(draftKey(visitId)) ?? {
      clientKey: newClientKey(),
      arrival: '',
      ticket: '',
      waitingMinutes: '',
      serviceMinutes: '',
      answers: {},
      notes: '',
      photos: [],
    }
  );
}

export function saveDraft(visitId: string, draft: VisitDraft): void {
  writeJson(draftKey(visitId), draft);
}

const minutes = (text: string) => (text.trim() === '' ? 0 : Math.max(0, Math.round(Number(text))));

/** The report the draft makes; the arrival typed in the phone's local time. */
export function reportOf(draft: VisitDraft): VisitReport {
  return {
    arrivedAt: (draft.arrival ? new Date(draft.arrival) : new Date()).toISOString(),
    ticket: draft.ticket.trim(),
    waitingMinutes: minutes(draft.waitingMinutes),
    serviceMinutes: minutes(draft.serviceMinutes),
    answers: draft.answers,
    notes: draft.notes,
  };
}

/** Reads a picked photo as base64, as the API takes it. */
export function readPhoto(file: File): Promise<PendingPhoto> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve({
        clientKey: newClientKey(),
        fileName: file.name,
        mimeType: file.type,
        base64: String(reader.result).split(',')[1] ?? '',
      });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
