import { AppError } from '../trpc/app-error.ts';

/** 5 MB: enough for a scanned policy or a photo; larger evidence goes in as a link. */
export const maxEvidenceBytes = 5 * 1024 * 1024;

export const evidenceMimeTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
] as const;

/** Leading bytes of the binary types we accept, so a renamed executable is refused. */
const signatures: Partial<Record<(typeof evidenceMimeTypes)[number], number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [0x50, 0x4b, 0x03, 0x04],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [0x50, 0x4b, 0x03, 0x04],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': [0x50, 0x4b, 0x03, 0x04],
};

/** Decodes and checks an uploaded file; refuses with a translated reason. */
export function checkEvidenceFile(mimeType: string, base64: string): Buffer {
  if (!(evidenceMimeTypes as readonly string[]).includes(mimeType)) {
    throw new AppError('BAD_REQUEST', 'errors.excellence.fileType', { mimeType });
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', 'errors.excellence.fileEmpty');
  if (bytes.length > maxEvidenceBytes) {
    throw new AppError('BAD_REQUEST', 'errors.excellence.fileTooLarge', { maxMb: maxEvidenceBytes / 1024 / 1024 });
  }
  const signature = signatures[mimeType as keyof typeof signatures];
  if (signature && !signature.every((b, i) => bytes[i] === b)) {
    throw new AppError('BAD_REQUEST', 'errors.excellence.fileType', { mimeType });
  }
  return bytes;
}
