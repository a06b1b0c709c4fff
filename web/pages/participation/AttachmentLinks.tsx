import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import type { PublicConsultation } from './outputs.ts';

/** Each document as a download button: fetched only when asked for, then saved under its own name. */
export function AttachmentLinks({
  consultationId,
  attachments,
}: {
  consultationId: string;
  attachments: PublicConsultation['attachments'];
}) {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const download = async (attachmentId: string) => {
    const file = await queryClient.fetchQuery(trpc.participation.public.attachment.queryOptions({ id: consultationId, attachmentId }));
    const bytes = Uint8Array.from(atob(file.base64), (ch) => ch.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="stack">
      <h3>{t('public.attachments')}</h3>
      {attachments.map((a) => (
        <Button key={a.id} variant="ghost" onClick={() => void download(a.id)}>
          {t('public.download', { name: a.fileName })}
        </Button>
      ))}
    </div>
  );
}
