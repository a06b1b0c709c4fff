import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { findPostgresBin, isAlive, startThrowawayCluster } from './postgres-cluster.ts';

async function serverSettings(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'max_connections', 'listen_addresses')",
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  } finally {
    await client.end();
  }
}

// One test, two clusters: initdb costs seconds, so the crash-recovery check and the settings check share them.
describe.runIf(findPostgresBin() !== null)('throwaway PostgreSQL cluster', () => {
  it('cleans up after a crashed run, starts a fast roomy server on 127.0.0.1, and leaves no trace on stop()', async () => {
    const abandoned = await startThrowawayCluster();
    if (!abandoned) throw new Error('binaries vanished');
    const postmasterPid = Number(readFileSync(join(abandoned.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(postmasterPid)).toBe(true);
    // Pretend its test run crashed: point the owner file at a process that has already exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(join(abandoned.dir, 'tamayuz-owner.pid'), `${dead}\n`);

    // Cleaning the abandoned cluster waits until its postmaster has exited, not only until
    // `pg_ctl stop -w` returns (it removes postmaster.pid a moment before the process ends).
    const cluster = await startThrowawayCluster();
    try {
      expect(existsSync(abandoned.dir)).toBe(false);
      expect(isAlive(postmasterPid)).toBe(false);
      expect(cluster?.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
      expect(await serverSettings(cluster?.url ?? '')).toEqual({
        fsync: 'off',
        synchronous_commit: 'off',
        max_connections: '300',
        listen_addresses: '127.0.0.1',
      });
      // The fault suite stops and starts its own server: stopping returns once the postmaster is gone, and it comes back on the same URL.
      const running = Number(readFileSync(join(cluster!.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
      await cluster!.stopServer('immediate');
      expect(isAlive(running)).toBe(false);
      await cluster!.startServer();
      expect((await serverSettings(cluster!.url)).fsync).toBe('off');
    } finally {
      await cluster?.stop();
      await abandoned.stop();
    }
    expect(existsSync(cluster?.dir ?? '')).toBe(false);
  });
});
