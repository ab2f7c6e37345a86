// Time zones as Exchange takes them: Windows names ("W. Europe Standard Time") and IANA names
// ("Europe/Oslo"), local wall-clock date-times converted to and from instants.
import { GraphError } from '../http/graphError.js';

/** The Windows zones a Norwegian tenant meets, mapped to IANA (CLDR windowsZones, territory 001). */
const WINDOWS_TO_IANA: Record<string, string> = {
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'fle standard time': 'Europe/Kiev',
  'e. europe standard time': 'Europe/Chisinau',
  'russian standard time': 'Europe/Moscow',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'tokyo standard time': 'Asia/Tokyo',
  'china standard time': 'Asia/Shanghai',
  'india standard time': 'Asia/Calcutta',
  'aus eastern standard time': 'Australia/Sydney',
};

export function resolveZone(name: string | undefined | null): string {
  const raw = (name ?? '').trim();
  if (raw === '') return 'UTC';
  const mapped = WINDOWS_TO_IANA[raw.toLowerCase()];
  if (mapped) return mapped;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: raw });
    return raw;
  } catch {
    throw new GraphError(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${raw}'.`);
  }
}

function partsAt(ms: number, zone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const get = (type: string): number => Number(f.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? '0');
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

function offsetAt(ms: number, zone: string): number {
  const p = partsAt(ms, zone);
  return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A wall-clock date-time in `zoneName` → epoch milliseconds. An explicit offset in the string wins. */
export function toInstant(dateTime: string, zoneName: string | undefined | null): number {
  const m = LOCAL.exec(dateTime.trim());
  if (!m) throw new GraphError(400, 'ErrorInvalidRequest', `The date-time '${dateTime}' is not valid; use yyyy-MM-ddTHH:mm:ss.`);
  if (m[8]) return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[8]}`);
  const zone = resolveZone(zoneName);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'));
  let guess = wall - offsetAt(wall, zone);
  guess = wall - offsetAt(guess, zone);
  return guess;
}

/** Epoch milliseconds → Graph's `yyyy-MM-ddTHH:mm:ss.0000000` in `zoneName`. */
export function fromInstant(ms: number, zoneName: string): string {
  const zone = resolveZone(zoneName);
  const p = partsAt(ms, zone);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}.0000000`;
}

/** The zone asked for with `Prefer: outlook.timezone="…"`, or undefined (Graph then answers in UTC). */
export function preferredZone(prefer: string | undefined): string | undefined {
  const m = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer ?? '');
  if (!m?.[1]) return undefined;
  resolveZone(m[1]);
  return m[1];
}
