import { describe, expect, it } from 'vitest';
import { benchOptions } from './bench-options.ts';

describe('benchOptions', () => {
  it('defaults to 1, 8 and 64 clients, 1 s warm-up, 5 s window and a pool as large as the most clients', () => {
    expect(benchOptions([], {})).toEqual({
      concurrency: [1, 8, 64],
      warmupMs: 1000,
      durationMs: 5000,
      poolSize: 64,
      processes: null,
      api: 'process',
      client: 'http',
    });
  });

  it('takes flags over the environment', () => {
    const env = { BENCH_CONCURRENCY: '2', BENCH_DURATION_S: '9', BENCH_POOL: '3' };
    expect(benchOptions(['--concurrency=4,16', '--duration=0.5'], env)).toEqual({
      concurrency: [4, 16],
      warmupMs: 1000,
      durationMs: 500, // 0.5 s
      poolSize: 3,
      processes: null,
      api: 'process',
      client: 'http',
    });
  });

  it('takes --processes N with or without an equals sign', () => {
    expect(benchOptions(['--processes', '3'], {}).processes).toBe(3);
    expect(benchOptions(['--processes=2'], {}).processes).toBe(2);
  });

  it('keeps the earlier in-process measurement behind --api=inline --client=trpc', () => {
    expect(benchOptions(['--api=inline', '--client', 'trpc'], {})).toMatchObject({ api: 'inline', client: 'trpc' });
    expect(benchOptions([], { BENCH_API: 'inline', BENCH_CLIENT: 'trpc' })).toMatchObject({ api: 'inline', client: 'trpc' });
    expect(() => benchOptions(['--api=elsewhere'], {})).toThrow(/api/);
  });

  it('refuses a duration that is not positive', () => {
    expect(() => benchOptions(['--duration=0'], {})).toThrow(/duration/);
  });
});
