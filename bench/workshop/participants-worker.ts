/**
 * The bench's participants on their own thread: fifty phones parsing their event streams are
 * not the server's work, so they do not share the API's event loop (they still share the machine).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { apiClient } from '../../tests/support/api-client.ts';
import { runLiveRoom } from './live-room.ts';

const { url, facilitatorCookie, participants, timeoutMs } = workerData as {
  url: string;
  facilitatorCookie: string;
  participants: number;
  timeoutMs: number;
};
const result = await runLiveRoom(url, apiClient(url, facilitatorCookie), participants, timeoutMs);
parentPort!.postMessage(result);
