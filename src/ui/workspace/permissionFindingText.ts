import { wordingOf, type Wording } from '../../domain/conventions';
import type { Committee } from '../../domain/model';
import type { FindingTarget, PermissionFinding } from '../../graph/sitePermissions';
import { currentLanguage, registerMessages, translate, type TextValues } from '../shared/i18n';
import { wordingLanguage } from '../shared/useCommitteeWording';
import { wordingValues } from '../shared/wordingValues';
import { permissionFindingMessages, type PermissionFindingKey } from './permissionFindingMessages';

/**
 * The permission check's findings in the user's language: `graph/sitePermissions.ts` says what
 * differs as data (kind, target, who, level …), this words it from the `permissionFindings`
 * namespace (`permissionFindingMessages.ts`), naming the record in the words of the committee the
 * finding is about (`domain/conventions.ts`): «Protokollen for møtet i Kommunestyret 11.06.2026 er
 * godkjent …». For the workspace's warning (`PermissionsWarning.tsx`, a chunk of its own) and
 * `npm run doctor` (bokmål).
 */

registerMessages('permissionFindings', permissionFindingMessages);
const t = (key: PermissionFindingKey, values?: TextValues) => translate('permissionFindings', key, values);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** An ISO date as the language writes it: 11.06.2026, 11 June 2026. */
function dateText(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (currentLanguage() !== 'en') return `${day}.${month}.${year}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}

function targetText(target: FindingTarget, rows: boolean): string {
  switch (target.kind) {
    case 'list':
      return t('target.list', { name: target.name });
    case 'library':
      return t('target.library');
    case 'folder':
      return t('target.folder', { path: target.path });
    case 'committee':
      return t('target.committee', { committee: target.committee });
    case 'meeting': {
      const meeting = target.date ? t('target.meetingOn', { committee: target.committee, date: dateText(target.date) }) : t('target.meeting', { committee: target.committee });
      return rows ? t('target.rows', { meeting }) : meeting;
    }
  }
}

const committeeIdOf = (target: FindingTarget): string | undefined => ('committeeId' in target ? target.committeeId : undefined);

/** The committee's words in the language on screen; a finding about no committee (a list) gets the default words. */
export function findingWords(finding: PermissionFinding, committees: readonly Pick<Committee, 'id' | 'conventions'>[]): Wording {
  const id = committeeIdOf(finding.target);
  return wordingOf(committees.find((c) => c.id === id)?.conventions, wordingLanguage(currentLanguage()));
}

/** One finding as one sentence, in the committee's words. */
export function permissionFindingText(finding: PermissionFinding, words: Wording): string {
  const rowsOf = finding.target.kind === 'meeting' && (finding.problem === 'unreadable' || finding.problem === 'notSet');
  const target = targetText(finding.target, rowsOf);
  const committee = 'committee' in finding.target ? finding.target.committee : '';
  const values: TextValues = { ...wordingValues(words), target, targetCapital: capitalise(target), who: finding.who ?? finding.name ?? '', name: finding.name ?? finding.who ?? '', committee, sak: finding.sak ?? '', rows: finding.rows ?? 0, levelName: finding.levelName ?? '' };
  switch (finding.problem) {
    case 'versioningOff':
      return t('versioningOff', values);
    case 'inherits':
      return t(finding.target.kind === 'list' ? 'inherits.list' : 'inherits.folder', values);
    case 'extra':
      return t(finding.sak ? 'exempt.extra' : 'extra', values);
    case 'tooMuch':
      return t('tooMuch', values);
    case 'noEmail':
      return t('noEmail', values);
    case 'missing':
      if (finding.sak) return t('exempt.missing', values);
      if (finding.approved) return t('approved.missing', values);
      return t('missing', { ...values, level: t('level', { level: finding.level ?? 'read' }) });
    case 'folderMissing':
      return t('folderMissing', values);
    case 'unreadable':
      return t('unreadable', values);
    case 'notSet':
      return t('notSet', values);
    case 'noManager':
      return t('noManager', values);
    case 'notFrozen':
      return finding.who ? t('approved.tooMuch', values) : t('approved.unlocked', values);
    case 'frozenNotApproved':
      return t('frozenNotApproved', values);
    case 'exemptRowOpen':
      return t(finding.how === 'inherits' ? 'exempt.inherits' : finding.how === 'tooMuch' ? 'exempt.tooMuch' : 'exempt.extra', values);
    case 'noAccount':
      return t('noAccount', values);
    case 'referatOpen':
      return t('referatOpen', values);
    case 'exemptPartsInMeetingRow':
      return t('exemptParts', values);
    case 'exemptPartsNotMoved':
      return t('exemptPartsNotMoved', values);
    case 'levelMissing':
    case 'levelOtherRights':
      return t(finding.problem, values);
  }
}

/** The findings as sentences, each in the words of its committee, once each (a person missing in several places may read alike). */
export function permissionFindingTexts(findings: readonly PermissionFinding[], committees: readonly Pick<Committee, 'id' | 'conventions'>[]): string[] {
  return [...new Set(findings.map((finding) => permissionFindingText(finding, findingWords(finding, committees))))];
}
