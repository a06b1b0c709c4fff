import { describe, expect, it, vi } from 'vitest';
import { hashPassword, productionScryptCost, verifyPassword } from '../../api/accounts/password.ts';
import { testScryptCost } from '../setup/scrypt-cost.ts';

const costOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

describe('the cost of password hashes', () => {
  it('is scrypt N=16384, r=8, p=1 with a 32-byte key in a process that never lowered it (production)', async () => {
    // A fresh copy of the module, as `npm start` loads it: the suite's setup file lowered the one the tests share.
    vi.resetModules();
    const production = await import('../../api/accounts/password.ts');
    const hash = await production.hashPassword('pm-demo-2026');
    expect(costOf(hash)).toBe('scrypt$16384$8$1');
    expect(Buffer.from(hash.split('$')[5]!, 'base64')).toHaveLength(32);
    expect(productionScryptCost).toEqual({ N: 16384, r: 8, p: 1, keyLength: 32 });
    expect(await production.verifyPassword('pm-demo-2026', hash)).toBe(true);
    expect(await production.verifyPassword('pm-demo-2027', hash)).toBe(false);
  });

  it('is lowered for the test run only, and a hash made at either cost verifies in either process', async () => {
    const lowered = await hashPassword('pm-demo-2026');
    expect(costOf(lowered)).toBe(`scrypt$${testScryptCost.N}$${testScryptCost.r}$${testScryptCost.p}`);
    vi.resetModules();
    const production = await import('../../api/accounts/password.ts');
    const strong = await production.hashPassword('pm-demo-2026');
    // The parameters travel with the hash: verifying reads them, whatever this process would hash at.
    expect(await verifyPassword('pm-demo-2026', strong)).toBe(true);
    expect(await production.verifyPassword('pm-demo-2026', lowered)).toBe(true);
    expect(await verifyPassword('wrong', strong)).toBe(false);
  });
});
