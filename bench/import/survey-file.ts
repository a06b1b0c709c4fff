import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Writes `rows` valid survey answers as CSV (header included), spread over services, centres and September. */
export async function writeSurveyFile(
  path: string,
  rows: number,
  serviceCodes: readonly string[],
  centreCodes: readonly string[],
): Promise<number> {
  const out = createWriteStream(path, { mode: 0o644 });
  const channels = ['counter', 'web', 'app', 'phone', 'kiosk'];
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('service_code,centre_code,channel,satisfaction,date\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += `${serviceCodes[i % serviceCodes.length]},${centreCodes[i % centreCodes.length]},${channels[i % channels.length]},${1 + (i % 5)},2026-09-${String(1 + (i % 30)).padStart(2, '0')}\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return bytes;
}
