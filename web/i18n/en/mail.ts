/** E-mail texts: the API renders every mail from these in the recipient's language (api/mail/render.ts). */
export const mail = {
  greeting: 'Hello {{name}},',
  open: 'Open in Tamayuz: {{link}}',
  footer: 'You receive this because you have an account in Tamayuz. Choose how notices reach you under Mail settings in your workspace.',
  notice: {
    subject: 'Tamayuz: {{notice}}',
    fallback: 'You have a new notice in Tamayuz.',
  },
  digest: {
    subject: 'Tamayuz: your daily digest (notices: {{formatted}})',
    intro: 'Your notices since the last digest:',
  },
  invitation: {
    subject: 'You are invited to Tamayuz',
    body: 'You have been invited to the Tamayuz government excellence workspace. Open the link below to set your password. The link works once and expires on {{expiresAt}}.',
  },
  passwordReset: {
    subject: 'Set a new Tamayuz password',
    body: 'A new password was requested for your Tamayuz account. Open the link below to set it. The link works once and expires on {{expiresAt}}.',
  },
  participationCode: {
    subject: 'Your Tamayuz e-participation code: {{code}}',
    body: 'Your code to take part in “{{title}}” is {{code}}. It works for 15 minutes. If you did not ask for it, ignore this message.',
  },
  preferences: {
    title: 'Mail settings',
    frequency: 'Notices by e-mail',
    immediate: 'Each notice as it happens',
    daily: 'One daily digest',
    none: 'No e-mail',
    saved: 'Saved',
    noAddress: 'Your account has no e-mail address yet; ask an administrator to add one.',
  },
} as const;
