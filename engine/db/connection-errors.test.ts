import { describe, expect, it } from 'vitest';
import { isConnectionError } from './connection-errors.ts';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  it('recognises a server going away, a lost socket and a pool that cannot connect', () => {
    const lost = [
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P02'),
      pgError('57P03', 'the database system is starting up'),
      pgError('08006'),
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      pgError('ECONNRESET'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      // Node: a refused connection to several addresses; tRPC: the error as a cause.
      Object.assign(new AggregateError([pgError('ECONNREFUSED')], ''), {}),
      new Error('wrapped', { cause: pgError('57P01') }),
    ];
    expect(lost.map(isConnectionError)).toEqual(lost.map(() => true));
  });

  it('leaves request and data errors alone (they are answers, not outages)', () => {
    const answers = [
      pgError('23505', 'duplicate key'),
      pgError('40001'),
      pgError('22P02'),
      pgError('08'),
      new Error('boom'),
      null,
      'ECONNREFUSED',
      { code: 57 },
    ];
    expect(answers.map(isConnectionError)).toEqual(answers.map(() => false));
  });
});
