import { committeeAccess, mergeAccess, type AccessEntry } from './committeeAccess';
import { isItemExempt } from './confidentiality';
import { inviteesWithAccess } from './confidentialityAudience';
import type { AgendaItem, MeetingFile } from './model';

/**
 * Who gets what on the list row of a sak unntatt offentlighet (its `MotebokJson` holds the real
 * title, body and konklusjon; see «Rader unntatt offentlighet» in src/graph/README.md): the row stops
 * inheriting the list's permissions and gets exactly these entries.
 *
 * - The committee's secretariat: Full Control (sends, repairs, reopens).
 * - The committee's referents: Contribute while the meeting is not frozen, Read once the referat is
 *   approved (the freeze). They record the møtebehandling, so they are entitled by office.
 * - Every invitee `maySeeExempt` lets see the sak: Read — the same people as the sak's folder for
 *   exempt content (`inviteesWithAccess`), so the row and the files never disagree.
 * - Nobody else: members of the committee who are not entitled (a vara without the committee's
 *   consent, an observer without a grant) lose the Read the list gives them.
 *
 * Undefined for a sak that is not exempt as a whole: its row inherits (or, frozen, gets `frozenAccess`).
 */
export function exemptRowAccess(file: MeetingFile, item: AgendaItem, options: { frozen: boolean }): AccessEntry[] | undefined {
  if (!isItemExempt(item)) return undefined;
  const office = committeeAccess(file.committee).flatMap((entry): AccessEntry[] => {
    if (entry.level === 'manage') return [entry];
    if (entry.level === 'write') return [{ ...entry, level: options.frozen ? 'read' : 'write' }];
    // Committee members get Read on the row only when entitled (below), not by membership.
    return [];
  });
  const entitled = inviteesWithAccess(file, item).map((invitee): AccessEntry => ({ person: { name: invitee.name ?? invitee.address, email: invitee.address }, level: 'read' }));
  return mergeAccess([...office, ...entitled]);
}
