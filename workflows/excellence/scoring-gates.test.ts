import { describe, it, expect } from 'vitest';
import { consensusEntryRefusal, consensusViewRefusal, scoreSheetRefusal } from './scoring-gates.ts';

describe('scoreSheetRefusal', () => {
  it('lets a team assessor edit while independent scoring is open and before submitting', () => {
    expect(scoreSheetRefusal('independent_scoring', 'a1', ['a2'])).toBeNull();
  });

  it('refuses once the assessor submitted', () => {
    expect(scoreSheetRefusal('independent_scoring', 'a1', ['a1'])).toEqual({
      messageKey: 'errors.excellence.alreadySubmitted',
      params: {},
    });
  });

  it('refuses outside independent scoring, naming the state', () => {
    expect(scoreSheetRefusal('consensus', 'a1', [])).toEqual({
      messageKey: 'errors.excellence.scoringClosed',
      params: { state: 'consensus' },
    });
  });
});

describe('consensusViewRefusal', () => {
  it('keeps the workspace closed to the lead while assessors still score alone', () => {
    expect(consensusViewRefusal('independent_scoring', false)).toEqual({ messageKey: 'errors.excellence.scoringNotFinished', params: {} });
    expect(consensusViewRefusal('independent_scoring', true)).toBeNull();
    expect(consensusViewRefusal('consensus', false)).toBeNull();
  });
});

describe('consensusEntryRefusal', () => {
  it('allows agreed scores only in the consensus stage', () => {
    expect(consensusEntryRefusal('consensus')).toBeNull();
    expect(consensusEntryRefusal('site_visit')).toEqual({
      messageKey: 'errors.excellence.notInConsensus',
      params: { state: 'site_visit' },
    });
  });
});
