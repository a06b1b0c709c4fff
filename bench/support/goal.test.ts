import { describe, expect, it } from 'vitest';
import { goalLine, passes } from './goal.ts';

describe('goal', () => {
  it('passes a ratio at or past its target and fails one short of it, either way round', () => {
    expect(passes({ what: 'r', value: 0.5, op: '>=', target: 0.5 })).toBe(true);
    expect(passes({ what: 'r', value: 0.49, op: '>=', target: 0.5 })).toBe(false);
    expect(passes({ what: 'p', value: 1.5, op: '<=', target: 1.5 })).toBe(true);
    expect(passes({ what: 'p', value: 1.51, op: '<=', target: 1.5 })).toBe(false);
  });

  it('prints the value, the goal and the verdict', () => {
    expect(goalLine({ what: 'send ÷ pg, 8 clients', value: 0.734, op: '>=', target: 0.5 })).toBe(
      'send ÷ pg, 8 clients: 0.73 (goal >= 0.5) PASS',
    );
  });
});
