import type { Question } from './outputs.ts';

/** A question as the editor holds it: options as "Arabic | English" lines, one per option. */
export interface QuestionDraft {
  id: string;
  kind: Question['kind'];
  promptAr: string;
  promptEn: string;
  optionLines: string;
  required: boolean;
}

export function draftOf(q: Question): QuestionDraft {
  return {
    id: q.id,
    kind: q.kind,
    promptAr: q.prompt.ar,
    promptEn: q.prompt.en,
    optionLines: q.options.map((o) => `${o.label.ar} | ${o.label.en}`).join('\n'),
    required: q.required,
  };
}

/** The editor's drafts as the API takes them; choice options get ids o1, o2… in order. */
export function questionsOf(drafts: readonly QuestionDraft[]) {
  return drafts.map((d) => {
    const choice = d.kind === 'single' || d.kind === 'multiple';
    const lines = choice ? d.optionLines.split('\n').filter((l) => l.trim() !== '') : [];
    return {
      id: d.id,
      kind: d.kind,
      prompt: { ar: d.promptAr, en: d.promptEn },
      options: lines.map((line, i) => {
        const [ar = '', en = ''] = line.split('|').map((s) => s.trim());
        return { id: `o${i + 1}`, label: { ar, en } };
      }),
      required: d.required,
    };
  });
}
