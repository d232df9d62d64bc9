import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { RenderedEmail } from './email-templates';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  messageId: string;
  language: string;
}

/**
 * nodemailer over SMTP_URL. Without one (development) each email is logged in
 * one line and reported as `logged`, so nothing waits on a server that does
 * not exist.
 */
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs: number,
  ) {
    this.transport = smtpUrl ? createTransport({ url: smtpUrl, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs }) : null;
  }

  async send(email: OutgoingEmail): Promise<'delivered' | 'logged'> {
    if (!this.transport) {
      this.logger.log(`Email (no SMTP_URL) ${email.messageId} [${email.language}] "${email.subject}"`);
      return 'logged';
    }
    await this.transport.sendMail({
      from: this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      headers: { 'Content-Language': email.language },
    });
    return 'delivered';
  }

  close(): void {
    this.transport?.close();
  }
}
