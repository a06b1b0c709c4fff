import { setTimeout as sleepFor } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../trpc/app-error.ts';
import { csvRecords } from './csv-records.ts';

// A parse error nobody listens for is an uncaught exception: it would end the API process.
// Vitest fails the run on one, so each case below also guards against that.
describe('csvRecords', () => {
  it('reads header and records, dropping a byte-order mark', async () => {
    const parsed = csvRecords('\uFEFFa, b\n1,2\n\n3,"x,y"\n');
    const rows = [];
    for await (const r of parsed.records) rows.push(r);
    expect(parsed.header()).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: 'x,y' },
    ]);
  });

  it('refuses a malformed file with the line, as a translated error', async () => {
    const parsed = csvRecords('a,b\n1,2\n3,"open\n');
    const read = async () => {
      for await (const _ of parsed.records);
    };
    const err = await read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.csv.malformed', params: { line: 3 } });
  });

  // The importer checks the database before it reads the first row: the file must wait for it.
  it('does not parse, nor fail, before anyone reads', async () => {
    const parsed = csvRecords('"never closed');
    await sleepFor(50);
    const err = await (async () => {
      for await (const _ of parsed.records);
    })().catch((e: unknown) => e);
    expect(err).toMatchObject({ messageKey: 'errors.csv.malformed', params: { line: 1 } });
  });

  it('stays quiet when the reader stops early and a later part of the file is bad', async () => {
    let release!: () => void;
    const readerStopped = new Promise<void>((resolve) => (release = resolve));
    async function* upload() {
      yield 'a,b\n1,2\n3,4\n5,6\n';
      await readerStopped;
      yield '7,8"x"\n';
    }
    const parsed = csvRecords(upload());
    const stop = new Error('refused after the first row');
    const err = await (async () => {
      for await (const _ of parsed.records) throw stop;
    })().catch((e: unknown) => e);
    release();
    expect(err).toBe(stop);
    await sleepFor(50);
  });
});
