// Reads a saved e-mail — an RFC 5322 `.eml` through mailparser, an Outlook `.msg` through
// @kenjiuno/msgreader — into plain data: the sender, subject, date, body text and attached files. Runs in
// plain Node, in the untrusted-file worker (or on the core's thread in tests): a message may be built to
// overload its reader, and the worker's memory and time limits stop that.
import type MsgReaderModule from '@kenjiuno/msgreader';
import { DomainError } from '../errors';

export type MailFormat = 'eml' | 'msg';

export interface MailFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface ParsedMail {
  fromName: string;
  fromEmail: string;
  subject: string;
  /** When it was sent, ISO 8601, or '' when the message does not say. */
  date: string;
  text: string;
  files: MailFile[];
  /** Attachments left out (an embedded message, too many files), in plain words. */
  notes: string[];
}

/** More body text than any cover letter has. */
const MAX_BODY_CHARS = 100_000;
const MAX_FILES = 20;

function unreadable(format: MailFormat, detail: string): DomainError {
  const what = format === 'eml' ? 'saved e-mail (.eml)' : 'Outlook message (.msg)';
  return new DomainError('invalid_input', `This ${what} could not be read (${detail}). Save the message again from your mail program, or save its attachment and add that.`);
}

function clean(text: string, max: number): string {
  return text.replaceAll('\u0000', '').replace(/\r\n?/g, '\n').trim().slice(0, max);
}

function validEmail(value: string | undefined): string {
  const email = (value ?? '').trim();
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email) ? email : '';
}

function keepFiles(files: MailFile[], notes: string[]): MailFile[] {
  if (files.length > MAX_FILES) notes.push(`Only the first ${MAX_FILES} of ${files.length} attachments were kept.`);
  return files.slice(0, MAX_FILES);
}

async function parseEml(bytes: Uint8Array): Promise<ParsedMail> {
  const { simpleParser } = await import('mailparser');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A .eml is text with headers; anything without a From:, Subject: or Received: header is no e-mail.
  const head = buffer.subarray(0, 64 * 1024).toString('latin1');
  if (!/^(from|subject|received|return-path|date|message-id|mime-version|to):/im.test(head)) throw unreadable('eml', 'it has no e-mail headers');
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(buffer, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch (error) {
    throw unreadable('eml', error instanceof Error ? error.message : String(error));
  }
  const from = mail.from?.value[0];
  const notes: string[] = [];
  // Inline pictures (a logo in a signature) are part of the message's look, not files the sender sent.
  const files = mail.attachments
    .filter((a) => !a.related && a.contentType !== 'message/rfc822')
    .map((a, i) => ({ fileName: a.filename ?? `attachment-${i + 1}`, bytes: new Uint8Array(a.content) }));
  if (mail.attachments.some((a) => a.contentType === 'message/rfc822')) notes.push('A message attached inside this e-mail was not kept; save it on its own and add it.');
  const text = mail.text ?? (typeof mail.html === 'string' ? mail.html.replace(/<[^>]*>/g, ' ') : '');
  return {
    fromName: clean(from?.name ?? '', 200),
    fromEmail: validEmail(from?.address),
    subject: clean(mail.subject ?? '', 500),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : '',
    text: clean(text, MAX_BODY_CHARS),
    files: keepFiles(files, notes),
    notes,
  };
}

function isoOrEmpty(value: string | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The From: header's address in a .msg's transport headers (when the sender entry holds an Exchange address). */
function headerAddress(headers: string | undefined): string {
  const line = /^From:.*$/im.exec(headers ?? '')?.[0] ?? '';
  return validEmail(/<([^>]+)>/.exec(line)?.[1] ?? line.replace(/^From:\s*/i, ''));
}

type MsgReaderClass = typeof MsgReaderModule;

/** The reader class; a CommonJS bundle's dynamic import hands back module.exports, whose `default` is the class. */
async function loadMsgReader(): Promise<MsgReaderClass> {
  const loaded = (await import('@kenjiuno/msgreader')) as unknown as { default: MsgReaderClass | { default: MsgReaderClass } };
  const first = loaded.default;
  return typeof first === 'function' ? first : first.default;
}

async function parseMsg(bytes: Uint8Array): Promise<ParsedMail> {
  const MsgReader = await loadMsgReader();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // An Outlook message is an OLE compound file: D0 CF 11 E0 A1 B1 1A E1.
  if (!buffer.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) throw unreadable('msg', 'it is not an Outlook message file');
  let reader: InstanceType<typeof MsgReader>;
  let data: ReturnType<InstanceType<typeof MsgReader>['getFileData']>;
  try {
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    data = reader.getFileData();
  } catch (error) {
    throw unreadable('msg', error instanceof Error ? error.message : String(error));
  }
  if (data.error) throw unreadable('msg', data.error);
  const notes: string[] = [];
  const files: MailFile[] = [];
  for (const [i, attachment] of (data.attachments ?? []).entries()) {
    if (attachment.attachmentHidden) continue;
    if (attachment.innerMsgContent) {
      notes.push('A message attached inside this e-mail was not kept; save it on its own and add it.');
      continue;
    }
    const file = reader.getAttachment(attachment);
    files.push({ fileName: file.fileName || attachment.fileName || `attachment-${i + 1}`, bytes: new Uint8Array(file.content) });
  }
  return {
    fromName: clean(data.senderName ?? '', 200),
    fromEmail: validEmail(data.senderSmtpAddress) || validEmail(data.senderEmail) || headerAddress(data.headers),
    subject: clean(data.subject ?? '', 500),
    date: isoOrEmpty(data.clientSubmitTime ?? data.messageDeliveryTime),
    text: clean(data.body ?? '', MAX_BODY_CHARS),
    files: keepFiles(files, notes),
    notes,
  };
}

/** The message's parts; throws invalid_input (naming the format) for a file that is no readable message. */
export function parseMail(bytes: Uint8Array, format: MailFormat): Promise<ParsedMail> {
  return format === 'eml' ? parseEml(bytes) : parseMsg(bytes);
}
