import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { errorData } from './error-shape.ts';

describe('errorData for a database outage', () => {
  it('answers 503 errors.unavailable when the cause is a lost connection, and 500 otherwise', () => {
    const lost = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    });
    expect(errorData(lost, 500)).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      httpStatus: 503,
      messageKey: 'errors.unavailable',
      params: {},
      issues: [],
    });
    const bug = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('undefined is not a function') });
    expect(errorData(bug, 500)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, messageKey: 'errors.internal' });
  });
});
