import type { KeyboardEvent } from 'react';

/** What a key does on a focused criterion while scoring; null when it is not a scoring key. */
export type ScoringKey = { kind: 'score'; score: number } | { kind: 'step'; by: number } | { kind: 'move'; to: 'next' | 'previous' };

/** Fields where keys are typing, never shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Reads a key by its physical position (`code`), so the same keys work on an Arabic layout:
 * 1–9 give 10–90 and 0 gives 100, ↑ and ↓ move the score by 5, N and P go to the next and
 * previous criterion. Keys typed into a field and keys with Ctrl, Alt or ⌘ are left alone.
 */
export function scoringKey(e: KeyboardEvent): ScoringKey | null {
  if (e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return null;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(e.code)?.[1];
  if (digit !== undefined) return { kind: 'score', score: digit === '0' ? 100 : Number(digit) * 10 };
  if (e.code === 'ArrowUp') return { kind: 'step', by: 5 };
  if (e.code === 'ArrowDown') return { kind: 'step', by: -5 };
  if (e.code === 'KeyN') return { kind: 'move', to: 'next' };
  if (e.code === 'KeyP') return { kind: 'move', to: 'previous' };
  return null;
}
