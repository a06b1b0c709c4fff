import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field } from '../../design/components/Field.tsx';
import { ConfirmInline } from '../../design/components/ConfirmInline.tsx';

/** "You said, we did" once closed: what was heard, what will be done, and the gaps it answers; published after a confirmation. */
export function ResponseForm({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const gaps = useQuery(trpc.participation.manage.linkableGaps.queryOptions({ id: consultationId }));
  const [text, setText] = useState({ heardAr: '', heardEn: '', willDoAr: '', willDoEn: '' });
  const [gapIds, setGapIds] = useState<string[]>([]);
  const publish = useMutation(
    trpc.participation.manage.publishResponse.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.participation.pathKey() }),
    }),
  );
  const area = (key: keyof typeof text, dir: 'rtl' | 'ltr') => (
    <Field label={t(`manage.${key}`)}>
      {(id) => (
        <textarea
          id={id}
          className="input"
          dir={dir}
          value={text[key]}
          onChange={(e) => setText((x) => ({ ...x, [key]: e.target.value }))}
        />
      )}
    </Field>
  );
  return (
    <div className="stack participate-staff" data-testid="response-form">
      {area('heardAr', 'rtl')}
      {area('heardEn', 'ltr')}
      {area('willDoAr', 'rtl')}
      {area('willDoEn', 'ltr')}
      <fieldset>
        <legend>{t('manage.linkGaps')}</legend>
        {gaps.data?.map((g) => (
          <label key={g.id} className="participate__choice">
            <input
              type="checkbox"
              checked={gapIds.includes(g.id)}
              onChange={(e) => setGapIds((ids) => (e.target.checked ? [...ids, g.id] : ids.filter((x) => x !== g.id)))}
            />
            {g.code} {g.title}
          </label>
        ))}
      </fieldset>
      <ErrorMessage error={gaps.error ?? publish.error} />
      <ConfirmInline
        label={t('manage.respond')}
        question={t('manage.respondQuestion')}
        disabled={publish.isPending}
        onConfirm={() =>
          publish.mutate({
            id: consultationId,
            heard: { ar: text.heardAr, en: text.heardEn },
            willDo: { ar: text.willDoAr, en: text.willDoEn },
            gapIds,
          })
        }
      />
    </div>
  );
}
