import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

/** The kinds of file evidence accepts (api/excellence/evidence-files.ts), by the word a reader knows. */
const kinds: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'image',
  'image/jpeg': 'image',
  'text/plain': 'text',
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'powerpoint',
};

type EvidenceFile = { fileName: string | null; mimeType: string | null; sizeBytes: number | null };

/** "PDF document, 2 kB": a file's kind in words and its size, never its MIME type. */
export function useEvidenceFileDetails(): (file: Omit<EvidenceFile, 'fileName'>) => string {
  const { t } = useTranslation('excellence');
  const format = useFormat();
  return ({ mimeType, sizeBytes }) => {
    const kind = t(`evidenceKinds.${kinds[mimeType ?? ''] ?? 'file'}`);
    return sizeBytes === null ? kind : t('evidenceKinds.withSize', { kind, size: format.fileSize(sizeBytes) });
  };
}

/** "report.pdf (PDF document, 2 kB)". */
export function useEvidenceFileLabel(): (file: EvidenceFile) => string {
  const details = useEvidenceFileDetails();
  return (file) => `${file.fileName ?? ''} (${details(file)})`;
}
