import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** What a new hash costs: scrypt's N (a power of two), r, p and the key's length in bytes. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/** Production's cost: 16 MiB and tens of milliseconds a hash, so guessing offline stays slow. */
export const productionScryptCost: ScryptCost = Object.freeze({ N: 16384, r: 8, p: 1, keyLength: 32 });

let cost: ScryptCost = productionScryptCost;

/**
 * Sets the cost of the hashes this process makes from now on. Only the test suite calls it
 * (tests/setup/scrypt-cost.ts): thousands of demo-account hashes and sign-ins would otherwise spend
 * minutes of CPU on scrypt. A hash carries its parameters, so verifying never depends on this.
 */
export function setScryptCost(next: ScryptCost): void {
  cost = next;
}

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** `scrypt$N$r$p$salt$hash`, base64: the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, keyLength } = cost;
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, keyLength, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
