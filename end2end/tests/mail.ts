import { expect } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";

/** Where this run's SMTP sink writes what the app sends (see playwright.config.ts). */
export const mailFolder = process.env.E2E_MAIL_DIR ?? "";

/** A message the sink received: its recipients, headers and decoded body. */
export interface Mail {
  to: string[];
  subject: string;
  body: string;
}

function decode(raw: string): Mail {
  const [head, ...rest] = raw.split("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const at = line.indexOf(":");
    if (at > 0) headers.set(line.slice(0, at).toLowerCase(), line.slice(at + 1).trim());
  }
  let body = rest.join("\r\n\r\n");
  const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (encoding === "base64") body = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  else if (encoding === "quoted-printable")
    body = Buffer.from(
      body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  return { to: (headers.get("x-rcpt") ?? "").split(", "), subject: headers.get("subject") ?? "", body: body.replace(/\r\n/g, "\n") };
}

/** Every message sent to `to` so far. */
export function mailsTo(to: string): Mail[] {
  return fs
    .readdirSync(mailFolder)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => decode(fs.readFileSync(path.join(mailFolder, f), "utf8")))
    .filter((m) => m.to.includes(to));
}

/** Waits for the `n`-th message to `to` (the app sends in the background) and returns it. */
export async function nthMailTo(to: string, n = 1): Promise<Mail> {
  await expect.poll(() => mailsTo(to).length, { message: `mail number ${n} to ${to}` }).toBeGreaterThanOrEqual(n);
  return mailsTo(to)[n - 1];
}

/** The first link in `mail` that contains `part`, as a path of the site. */
export function linkIn(mail: Mail, part: string): string {
  const link = mail.body.split(/\s+/).find((w) => w.includes(part));
  if (!link) throw new Error(`no ${part} link in: ${mail.body}`);
  return new URL(link).pathname;
}

/** Waits for a mail to `to` with a link containing `part` and returns the newest such link, as a path of the site. */
export async function linkTo(to: string, part: string): Promise<string> {
  const links = () => mailsTo(to).filter((m) => m.body.includes(part));
  await expect.poll(() => links().length, { message: `a mail to ${to} with a ${part} link` }).toBeGreaterThan(0);
  return linkIn(links()[links().length - 1], part);
}
