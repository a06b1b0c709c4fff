import { setScryptCost, type ScryptCost } from '../../api/accounts/password.ts';

/**
 * Every test file's processes hash passwords at a low cost: each app start seeds 14 demo accounts and
 * most tests sign in, so production's cost made scrypt a large share of the run's CPU on two cores.
 * Still real scrypt with a salt (only N is lower); tests/api/password-cost.test.ts checks production's cost.
 */
export const testScryptCost: ScryptCost = { N: 1024, r: 8, p: 1, keyLength: 32 };

setScryptCost(testScryptCost);
