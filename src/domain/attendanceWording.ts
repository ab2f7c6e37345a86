import { afterSakWord } from './sakWord';
import type { AttendanceRoleId, ChairRoleId, Conventions, RemoteWayId } from './conventions';

/**
 * The protokoll's attendance wording in nb and nn, with the committee's word between a vara and whom
 * it meets for (`conventions.substitute`). Apart from `conventions.ts`, which every page evaluates at
 * start-up (the committee's schema and `wordingOf`), because only the documents and the referent's
 * attendance screen print it (`attendance.ts` composes it): the stage and the side panel start
 * without these tables (issue 14, `npm run size`).
 */

/** "sak 47/14"; a number that already says "Sak" ("Sak 09-25") is not said twice (`afterSakWord`). */
export function sakPhrase(label: string): string {
  return `sak ${afterSakWord(label)}`;
}


/** The words of a protokoll's attendance list, inhabilitet and signatures in one language (domain/attendance.ts composes them). */
export interface AttendanceWording {
  /** Role headings in the attendance list when the committee has no role groups of its own. */
  roleHeadings: Record<AttendanceRoleId, string>;
  /** A role as one word after a name: "observatør". */
  roles: Record<AttendanceRoleId, string>;
  chairRoles: Record<ChairRoleId, string>;
  /** The standing chair of a meeting someone else led, or who sent forfall: "leder", never "møteleder". */
  chairOffice: string;
  /** "Kari Nordmann for Ola Nordmann" */
  substituteFor: (who: string, forWhom: string) => string;
  calledIn: string;
  /** Took part from elsewhere (`Attendance.remote`): «deltok digitalt», «deltok per telefon» (nn «på telefon»). */
  remote: Record<RemoteWayId, string>;
  arrivedDuring: (item: string) => string;
  leftDuring: (item: string) => string;
  leftAfter: (item: string) => string;
  /** "til stades i sak 47–55/14", "møtte for sak 12" */
  presentFor: (items: string) => string;
  invitedFor: (items: string) => string;
  from: (time: string) => string;
  until: (time: string) => string;
  disqualification: string;
  disqualified: (name: string, vote: string | undefined) => string;
  qualified: (name: string, vote: string | undefined) => string;
  undecided: (name: string) => string;
  ground: (ground: string) => string;
  replacedBy: (name: string) => string;
  signatures: string;
  /**
   * The kommunal protokoll's headings (`conventions.attendanceHeadings: 'metOrNot'`): «Faste medlemmer som møtte»,
   * «Møtende varamedlemmer», «Faste medlemmer som ikke møtte», «Fra administrasjonen møtte».
   */
  metHeadings: { members: string; substitutes: string; absent: string; administration: string };
  /** The line that ends a protokoll approved by e-mail after the meeting (`minutesApproval: 'circulated'`), given its definite noun and gender. */
  circulated: (theMinutes: string, neuter: boolean) => string;
  signedOn: (date: string) => string;
  notSigned: string;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const voteNote = (text: string | undefined) => (text === undefined || text.trim() === '' ? '' : ` (${text.trim()})`);

const ATTENDANCE_NB: AttendanceWording = {
  roleHeadings: { member: 'Medlemmer', deputy: 'Varamedlemmer', observer: 'Observatører', secretariat: 'Sekretariat', administration: 'Administrasjonen', invited: 'Inviterte' },
  roles: { member: 'medlem', deputy: 'varamedlem', observer: 'observatør', secretariat: 'sekretariat', administration: 'administrasjonen', invited: 'invitert' },
  chairRoles: { chair: 'møteleder', viceChair: 'nestleder' },
  chairOffice: 'leder',
  substituteFor: (who, forWhom) => `${who} for ${forWhom}`,
  calledIn: 'innkalt vara',
  remote: { video: 'deltok digitalt', phone: 'deltok per telefon' },
  arrivedDuring: (item) => `kom under ${sakPhrase(item)}`,
  leftDuring: (item) => `gikk under ${sakPhrase(item)}`,
  leftAfter: (item) => `gikk etter ${sakPhrase(item)}`,
  presentFor: (items) => `til stede i ${sakPhrase(items)}`,
  invitedFor: (items) => `møtte for ${sakPhrase(items)}`,
  from: (time) => `fra kl. ${time}`,
  until: (time) => `til kl. ${time}`,
  disqualification: 'Inhabilitet:',
  disqualified: (name, text) => `Møtet vedtok at ${name} var inhabil${voteNote(text)}, og ${name} fratrådte under behandlingen.`,
  qualified: (name, text) => `Møtet vedtok at ${name} var habil${voteNote(text)}, og ${name} deltok i behandlingen.`,
  undecided: (name) => `Spørsmålet om ${name} var inhabil, ble reist. Møtet har ikke avgjort det.`,
  ground: (ground) => `Grunnlag: ${ground}.`,
  replacedBy: (name) => `${name} tok sete i saken.`,
  signatures: 'Underskrifter',
  metHeadings: { members: 'Faste medlemmer som møtte', substitutes: 'Møtende varamedlemmer', absent: 'Faste medlemmer som ikke møtte', administration: 'Fra administrasjonen møtte' },
  circulated: (theMinutes) => `${capitalised(theMinutes)} godkjennes på e-post etter møtet.`,
  signedOn: (date) => `signert ${date}`,
  notSigned: 'ikke signert ennå',
};

const ATTENDANCE_NN: AttendanceWording = {
  roleHeadings: { member: 'Medlemmer', deputy: 'Varamedlemmer', observer: 'Observatørar', secretariat: 'Sekretariat', administration: 'Administrasjonen', invited: 'Inviterte' },
  roles: { member: 'medlem', deputy: 'varamedlem', observer: 'observatør', secretariat: 'sekretariat', administration: 'administrasjonen', invited: 'invitert' },
  chairRoles: { chair: 'møteleiar', viceChair: 'nestleiar' },
  chairOffice: 'leiar',
  substituteFor: (who, forWhom) => `${who} for ${forWhom}`,
  calledIn: 'innkalla vara',
  // «på telefon», not bokmål's «per telefon»: a judgement of nynorsk usage, no source found that prints the line in nynorsk.
  remote: { video: 'deltok digitalt', phone: 'deltok på telefon' },
  arrivedDuring: (item) => `kom under ${sakPhrase(item)}`,
  leftDuring: (item) => `gjekk under ${sakPhrase(item)}`,
  leftAfter: (item) => `gjekk etter ${sakPhrase(item)}`,
  presentFor: (items) => `til stades i ${sakPhrase(items)}`,
  invitedFor: (items) => `møtte for ${sakPhrase(items)}`,
  from: (time) => `frå kl. ${time}`,
  until: (time) => `til kl. ${time}`,
  disqualification: 'Inhabilitet:',
  disqualified: (name, text) => `Møtet vedtok at ${name} var inhabil${voteNote(text)}, og ${name} gjekk frå under handsaminga.`,
  qualified: (name, text) => `Møtet vedtok at ${name} var habil${voteNote(text)}, og ${name} var med i handsaminga.`,
  undecided: (name) => `Spørsmålet om ${name} var inhabil, vart reist. Møtet har ikkje avgjort det.`,
  ground: (ground) => `Grunnlag: ${ground}.`,
  replacedBy: (name) => `${name} tok sete i saka.`,
  signatures: 'Underskrifter',
  // «Varamedlemer som møtte», as nynorsk møteprotokollar head it: Møre og Romsdal's fylkesting (2021,
  // https://docplayer.me/222279248-Motestad-fjernmote-jf-kommunelova-11-7-digitalt-mote-dato-protokoll-nr-1-2021.html) and Volda's
  // kommunestyre and formannskap (https://docplayer.me/amp/105700681); Austevoll's and Gloppen's «Følgjande varamedl. møtte».
  metHeadings: { members: 'Faste medlemer som møtte', substitutes: 'Varamedlemer som møtte', absent: 'Faste medlemer som ikkje møtte', administration: 'Frå administrasjonen møtte' },
  circulated: (theMinutes, neuter) => `${capitalised(theMinutes)} vert ${neuter ? 'godkjent' : 'godkjend'} på e-post etter møtet.`,
  signedOn: (date) => `signert ${date}`,
  notSigned: 'ikkje signert enno',
};

/** The inhabilitet sentences of a nynorsk committee writing «behandling» for ATTENDANCE_NN's «handsaming». */
const NN_BEHANDLING: Pick<AttendanceWording, 'disqualified' | 'qualified'> = {
  disqualified: (name, text) => `Møtet vedtok at ${name} var inhabil${voteNote(text)}, og ${name} gjekk frå under behandlinga.`,
  qualified: (name, text) => `Møtet vedtok at ${name} var habil${voteNote(text)}, og ${name} var med i behandlinga.`,
};

/** The protokoll's attendance wording in the committee's målform, with its word between a vara and whom it meets for ("for" or "pva"). */
export function attendanceWordingOf(conventions: Conventions | undefined, form: 'nb' | 'nn'): AttendanceWording {
  const base = form === 'nn' ? ATTENDANCE_NN : ATTENDANCE_NB;
  // A nynorsk committee writing «behandling» (conventions.ts `treatment`) has it in the inhabilitet sentences too.
  const worded = form === 'nn' && conventions?.treatment === 'behandling' ? { ...base, ...NN_BEHANDLING } : base;
  return (conventions?.substitute ?? 'for') === 'for' ? worded : { ...worded, substituteFor: (who, forWhom) => `${who} pva ${forWhom}` };
}
