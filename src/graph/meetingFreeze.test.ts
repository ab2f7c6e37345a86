import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Committee, MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { applyReferatFileAccess, frozenFileAccess, referatFilePaths } from './meetingFreeze';
import type { SharePointRest } from './sharePointRest';
import type { Assignment } from './sharePointRoles';
import { fixture } from './testing/noticeWorld';

const SECRETARY = { name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' };
const REFERENT = { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example.no' };
const LIBRARY = 'https://localhost:4000/sites/helsefellesskapet/Shared%20Documents';
const DOCX = '/sites/helsefellesskapet/Shared Documents/Partnerskapsmøtet/2026-06-11 PM/Referat Partnerskapsmøtet 11.06.26.docx';

const committee = (): Committee => ({ ...fixture('pm-2026').committee, secretariat: [SECRETARY], referents: [REFERENT] });
const approved = (): MeetingFile => {
  const { meeting } = fixture('pm-2026');
  return {
    committee: committee(),
    meeting: {
      ...meeting,
      status: 'minutesApproved',
      minutes: { fileName: 'Referat Partnerskapsmøtet 11.06.26.docx', webUrl: `${LIBRARY}/Partnerskapsm%C3%B8tet/2026-06-11%20PM/Referat%20Partnerskapsm%C3%B8tet%2011.06.26.docx` },
    },
  };
};

const assignment = (id: number, email: string, kind: number): Assignment => ({
  PrincipalId: id,
  Member: { Id: id, Title: email, LoginName: `i:0#.f|membership|${email}`, Email: email, PrincipalType: 1 },
  RoleDefinitionBindings: [{ Id: 1000 + kind, Name: `kind ${kind}`, RoleTypeKind: kind }],
});

/** A SharePoint REST stand-in: answers from `files` (path → unique, assignments), 404 for any other file; records what was asked. */
function fakeRest(files: Record<string, { unique: boolean; assignments: Assignment[] }>) {
  const calls: string[] = [];
  const ids: Record<string, number> = { [SECRETARY.email]: 11, [REFERENT.email]: 12 };
  const fileOf = (path: string) => {
    const name = /GetFileByServerRelativeUrl\(([^)]*)\)/.exec(path)?.[1] ?? '';
    const file = files[decodeURIComponent(name).slice(1, -1).replace(/''/g, "'")];
    if (!file) throw new StorageError('notFound', 'File Not Found.');
    return file;
  };
  const rest: SharePointRest = {
    async get(path, schema) {
      calls.push(`GET ${path}`);
      if (path === 'web/roledefinitions') return v.parse(schema, { value: [5, 3, 2].map((kind) => ({ Id: 1000 + kind, RoleTypeKind: kind })) });
      const file = fileOf(path);
      if (path.includes('/roleassignments')) return v.parse(schema, { value: file.assignments });
      return v.parse(schema, { HasUniqueRoleAssignments: file.unique });
    },
    async post(path, body) {
      calls.push(`POST ${path}`);
      if (path === 'web/ensureuser') {
        const email = (body as { logonName: string }).logonName.toLowerCase();
        const id = ids[email];
        if (id === undefined) throw new StorageError('notFound', 'The specified user could not be found.');
        return { Id: id, Email: email, LoginName: email };
      }
      fileOf(path);
      return undefined;
    },
    async merge() {
      throw new Error('not used');
    },
  };
  return { rest, calls: () => calls.map((call) => call.replace(/GetFileByServerRelativeUrl\([^)]*\)/, (match) => (match.includes('.pdf') ? 'PDF' : 'DOCX'))) };
}

describe('the approved referat’s files in the freeze', () => {
  it('are the recorded .docx and a PDF of the same name beside it, by server-relative path; none without a recorded referat', () => {
    expect(referatFilePaths(approved().meeting)).toEqual([DOCX, DOCX.replace(/\.docx$/, '.pdf')]);
    expect(referatFilePaths({ minutes: { fileName: 'Referat.pdf', webUrl: `${LIBRARY}/Referat.pdf` } })).toEqual(['/sites/helsefellesskapet/Shared Documents/Referat.pdf']);
    expect(referatFilePaths({})).toEqual([]);
    expect(referatFilePaths({ minutes: { fileName: 'Referat.docx' } })).toEqual([]);
  });

  it('leave the referents reading and the secretariat managing, and give nobody more than the file gave before', () => {
    const levels = (actual: Assignment[]) =>
      Object.fromEntries(frozenFileAccess(committee(), actual).filter((e) => e.person.email).map((e) => [e.person.email, e.level]));
    const member = committee().members.find((m) => m.email)?.email ?? '';
    const open = [assignment(11, SECRETARY.email, 5), assignment(12, REFERENT.email, 3), assignment(13, member, 2)];
    expect(levels(open)).toMatchObject({ [SECRETARY.email]: 'manage', [REFERENT.email]: 'read', [member]: 'read' });
    // A file under narrower rules (an exempt sak's folder: only the secretariat and the referent): the member is not added.
    const narrow = levels([assignment(11, SECRETARY.email, 5), assignment(12, REFERENT.email, 2)]);
    expect(narrow).toEqual({ [SECRETARY.email]: 'manage', [REFERENT.email]: 'read' });
  });

  it('frozen: the .docx stops inheriting (its folder’s assignments copied) and the referent goes from Contribute to Read; a PDF not stored is skipped', async () => {
    const { rest, calls } = fakeRest({ [DOCX]: { unique: false, assignments: [assignment(11, SECRETARY.email, 5), assignment(12, REFERENT.email, 3)] } });
    await applyReferatFileAccess(rest, approved(), true);
    expect(calls()).toEqual([
      'GET web/DOCX/ListItemAllFields?$select=HasUniqueRoleAssignments',
      'POST web/DOCX/ListItemAllFields/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)',
      'GET web/DOCX/ListItemAllFields/roleassignments?$expand=Member,RoleDefinitionBindings',
      'GET web/roledefinitions',
      'POST web/ensureuser',
      'POST web/ensureuser',
      'POST web/DOCX/ListItemAllFields/roleassignments/addroleassignment(principalid=12,roledefid=1002)',
      'POST web/DOCX/ListItemAllFields/roleassignments/removeroleassignment(principalid=12,roledefid=1003)',
      'GET web/PDF/ListItemAllFields?$select=HasUniqueRoleAssignments',
    ]);
  });

  it('unfrozen: each file that has its own permissions inherits its folder’s again; one that inherits is only read', async () => {
    const pdf = DOCX.replace(/\.docx$/, '.pdf');
    const { rest, calls } = fakeRest({ [DOCX]: { unique: true, assignments: [] }, [pdf]: { unique: false, assignments: [] } });
    await applyReferatFileAccess(rest, approved(), false);
    expect(calls()).toEqual([
      'GET web/DOCX/ListItemAllFields?$select=HasUniqueRoleAssignments',
      'POST web/DOCX/ListItemAllFields/resetroleinheritance',
      'GET web/PDF/ListItemAllFields?$select=HasUniqueRoleAssignments',
    ]);
  });

  it('refuses to lock a referat nobody in the secretariat could manage afterwards', async () => {
    const { rest, calls } = fakeRest({ [DOCX]: { unique: false, assignments: [] } });
    await expect(applyReferatFileAccess(rest, { ...approved(), committee: { ...committee(), secretariat: [] } }, true)).rejects.toMatchObject({ code: 'exemptContentExposed' });
    expect(calls().filter((call) => call.startsWith('POST'))).toEqual([]);
  });
});
