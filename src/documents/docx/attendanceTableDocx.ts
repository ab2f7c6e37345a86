import type { Table } from 'docx';
import { attendanceColumns, attendanceRow, memberRow, type AttendanceRow } from '../../domain/attendanceRows';
import type { Attendance, MeetingFile } from '../../domain/model';
import { attendanceDetails, documentAttendanceTexts } from '../meetingFacts';
import { gridTable, widths } from './tables';

/**
 * Attendance as «Navn | Funksjon | Representerer» tables in the Word documents (domain/attendanceRows.ts): who met in the
 * protokoll (`conventions.attendanceTable`), whom the innkalling is sent to (`noticeMembers`). Apart from meetingFacts.ts,
 * whose facts the invite body and the Outlook pane share: a chunk they share carries what any of its users imports.
 */

/**
 * Whether the protokoll prints attendance as «Navn | Funksjon | Representerer» tables (`conventions.attendanceTable`); not
 * when it counts attendance in shares, whose lines put the owner and its shares first (shareholding.ts).
 */
export function attendanceAsTable(file: MeetingFile): boolean {
  const conventions = file.committee.conventions;
  return conventions?.attendanceTable === true && conventions.attendanceByShares !== true;
}

/** `attendeeLine` in the table's three columns (attendance.ts `attendanceRow`), under the heading `under`. */
export function attendeeRow(attendance: Attendance, file: MeetingFile, under?: string): AttendanceRow {
  const texts = documentAttendanceTexts(file.committee.languageForm, file.committee.conventions);
  return attendanceRow(attendance, file.committee, file.meeting.items, texts, attendanceDetails(file), file.meeting.chair, under);
}

/**
 * The rows of the vara under the kommunal protokoll's «Møtende varamedlemmer» (`attendanceHeadings: 'metOrNot'`), whom each
 * met for in the «Møtte for» column (attendanceRows.ts `attendanceRow`'s `metFor`); undefined under any other heading.
 */
export function substituteRows(entries: readonly Attendance[], file: MeetingFile, under?: string): AttendanceRow[] | undefined {
  const conventions = file.committee.conventions;
  const texts = documentAttendanceTexts(file.committee.languageForm, conventions);
  if (conventions?.attendanceHeadings !== 'metOrNot' || under !== texts.metHeadings.substitutes) return undefined;
  return entries.map((entry) => attendanceRow(entry, file.committee, file.meeting.items, texts, attendanceDetails(file), file.meeting.chair, under, true));
}

/**
 * Whom the innkalling lists under its facts when the committee says so (`conventions.noticeMembers`): «Medlemmer» and, with
 * `noticeDeputies`, «Varamedlemmer», each with its rows in the attendance table's columns, in the committee's order; none
 * otherwise, or when the committee has no one in the role.
 */
export function noticeMemberGroups(file: MeetingFile): { heading: string; rows: AttendanceRow[] }[] {
  const conventions = file.committee.conventions;
  if (conventions?.noticeMembers !== true) return [];
  const texts = documentAttendanceTexts(file.committee.languageForm, conventions);
  const roles = conventions.noticeDeputies === true ? (['member', 'deputy'] as const) : (['member'] as const);
  return roles
    .map((role) => ({
      heading: texts.roleHeadings[role],
      rows: file.committee.members.filter((member) => (member.role ?? 'member') === role).map((member) => memberRow(member, texts, attendanceDetails(file))),
    }))
    .filter((group) => group.rows.length > 0);
}

/**
 * «Navn | Funksjon | Representerer» (nynorsk «Namn»): who met in the protokoll, or whom the innkalling is sent to; with
 * `metFor`, the vara's «Navn | Møtte for | Representerer» (`substituteRows`), whose second column is whom each met for, in
 * the same widths, so the tables under one another line up.
 */
export function attendanceTable(file: MeetingFile, rows: readonly AttendanceRow[], metFor = false): Table {
  const columns = attendanceColumns(file.committee.languageForm);
  const cells = rows.map((row) => ({ cells: [row.name, row.role, row.represents] }));
  return gridTable([columns.name, metFor ? columns.metFor : columns.role, columns.represents], widths([0.45, 0.25, 0.3]), cells);
}
