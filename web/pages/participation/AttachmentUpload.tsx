import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';

/** Reads a chosen file as base64 (the evidence upload's format) and attaches it; the server checks type and size. */
export function AttachmentUpload({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const attach = useMutation(
    trpc.participation.manage.addAttachment.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.participation.pathKey() }),
    }),
  );
  const upload = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    attach.mutate({ id: consultationId, name: file.name, mimeType: file.type, base64: btoa(binary) });
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {t('manage.attach')}
      </label>
      <input
        id={inputId}
        type="file"
        disabled={attach.isPending}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
          e.target.value = '';
        }}
      />
      <ErrorMessage error={attach.error} />
    </div>
  );
}
