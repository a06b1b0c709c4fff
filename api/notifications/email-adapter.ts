/** Outbound e-mail. Deployments plug in SMTP or a government gateway; the default only logs. */
export interface EmailAdapter {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export const consoleEmailAdapter: EmailAdapter = {
  async send(message) {
    console.log(`[email] to=${message.to} subject=${JSON.stringify(message.subject)}`);
  },
};
