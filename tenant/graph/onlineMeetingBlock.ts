// What Exchange does to the body of an event that is an online meeting (isOnlineMeeting with
// onlineMeetingProvider teamsForBusiness). Microsoft Learn, "Create or set an event as an online
// meeting in an Outlook calendar": the created event comes back with onlineMeeting.joinUrl AND a
// body that ends in the Teams "meeting blob" — a join link between two lines of underscores —
// which is what every attendee receives, inside the organisation or not. "Update event" (body
// property and online meetings): a client that changes the body must keep that blob; "inadvertently
// removing the meeting blob from the body would disable meeting online". Once online, setting
// isOnlineMeeting to false or changing the provider is ignored.
import { randomInt } from 'node:crypto';

const SEPARATOR = '<div style="width:100%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function digits(count: number): string {
  return Array.from({ length: count }, () => String(randomInt(10))).join('');
}

/** The Teams join block as Exchange appends it to an HTML body. */
export function teamsJoinBlockHtml(joinUrl: string): string {
  const meetingId = `${digits(3)} ${digits(3)} ${digits(3)} ${digits(3)}`;
  const passcode = Array.from({ length: 6 }, () => 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[randomInt(56)]).join('');
  return [
    SEPARATOR,
    '<div class="me-email-text" style="color:#252424;font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;">',
    '<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424;">Microsoft Teams</span></div>',
    `<div style="margin-bottom:20px;"><a class="me-email-headline" href="${escapeAttribute(joinUrl)}" target="_blank" rel="noreferrer noopener" style="font-size:20px;font-weight:600;text-decoration:underline;color:#5B5FC7;">Join the meeting now</a></div>`,
    `<div style="margin-bottom:20px;"><span style="font-size:14px;color:#616161;">Meeting ID: </span><span style="font-size:16px;color:#252424;">${meetingId}</span><br><span style="font-size:14px;color:#616161;">Passcode: </span><span style="font-size:16px;color:#252424;">${passcode}</span></div>`,
    '</div>',
    SEPARATOR,
  ].join('\r\n');
}

/** The same for a plain-text body. */
export function teamsJoinBlockText(joinUrl: string): string {
  const line = '_'.repeat(80);
  return `\r\n${line}\r\nMicrosoft Teams\r\nJoin the meeting now: ${joinUrl}\r\n${line}\r\n`;
}

/** The body with the join block at its end (inside <body> for an HTML document). */
export function withJoinBlock(body: { contentType: 'html' | 'text'; content: string }, joinUrl: string): { contentType: 'html' | 'text'; content: string } {
  if (body.contentType === 'text') return { contentType: 'text', content: `${body.content}${teamsJoinBlockText(joinUrl)}` };
  const block = `\r\n${teamsJoinBlockHtml(joinUrl)}\r\n`;
  const closing = body.content.search(/<\/body>/i);
  return { contentType: 'html', content: closing >= 0 ? body.content.slice(0, closing) + block + body.content.slice(closing) : body.content + block };
}

/** Does the body still carry the meeting's join link (raw or HTML-escaped)? */
export function hasJoinBlock(content: string, joinUrl: string): boolean {
  return content.includes(joinUrl) || content.includes(escapeAttribute(joinUrl));
}
