import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code read aloud in a room or typed on a phone must not be misread.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A short random code customers type (or follow as /join/<code>) to join one workshop. */
export function newInviteCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i++) code += alphabet[randomInt(alphabet.length)];
  return code;
}

export function normaliseInviteCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}
