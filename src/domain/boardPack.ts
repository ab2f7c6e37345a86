import { attachmentLabel, GENERATED_NAME_MAX_LENGTH } from './attachments';
import { caseLabel } from './caseNumbering';
import { committeeAccess } from './committeeAccess';
import { attachmentExemption, audiencesOf, exemptionLine, FULL_VIEWER, PUBLIC_VIEWER, viewFor, type Viewer } from './confidentiality';
import { formatDateShort } from './dates';
import { extensionOf, suggestSafeFileName } from './fileNames';
import type { AgendaItem, DocumentRef, LanguageForm, MeetingFile } from './model';
import { packWordOf } from './packWord';

/**
 * The møtebok PDF (board pack, «sakskart»): which documents go into it, in which order, under which
 * names, and its table of contents and bookmarks. Pure: `documents/pdf/boardPackPdf.ts` merges the
 * pages, `graph/boardPackService.ts` fetches (and converts) the files.
 *
 * Order: the innkalling, then per sak in agenda order its saksframlegg and its vedlegg (named as in
 * the invitation, "Vedlegg 1 - Sak 2026.02 …"). Left out: section headings and saker with no
 * document. Nothing is left out silently: a document the viewer may not see is listed by public
 * title and hjemmel, and one that cannot be fetched or converted is listed with its link, both on
 * a page of their own at the end.
 *
 * Who reads it: the pack is stored in the meeting folder, which every member of the committee (and
 * the secretariat and referents) can read, while an exempt file has its own narrower permissions.
 * So the pack follows the view of the least entitled reader of the folder (`packViewer`): the full
 * meeting when everyone who can read the folder may see every exempt sak, else the public version.
 */

/** Formats Graph converts with `GET …/content?format=pdf` (Microsoft's list for the PDF target). */
const CONVERTIBLE = new Set([
  'doc', 'docx', 'dot', 'dotx', 'dotm', 'dsn', 'dwg', 'eml', 'epub', 'htm', 'html', 'markdown', 'md', 'msg', 'odp', 'ods', 'odt', 'pps', 'ppsx', 'ppt', 'pptx', 'rtf', 'tif', 'tiff', 'xls', 'xlsm', 'xlsx',
]);

/** How a document becomes PDF pages: used as it is, converted by Graph, or not at all (listed instead). */
export type PackConversion = 'asIs' | 'convert' | 'unsupported';

export function conversionOf(fileName: string): PackConversion {
  const extension = extensionOf(fileName).replace(/^\./, '').toLowerCase();
  if (extension === 'pdf') return 'asIs';
  return CONVERTIBLE.has(extension) ? 'convert' : 'unsupported';
}

export type PackDocumentKind = 'innkalling' | 'caseMemo' | 'attachment';

export interface PackDocument {
  /** Stable and unique in the pack; also the named destination the table of contents links to. */
  key: string;
  kind: PackDocumentKind;
  /** The bookmark and table-of-contents line: "Saksframlegg", "Vedlegg 1 - Sak 2026.02 Referat …". */
  title: string;
  ref: DocumentRef;
  conversion: PackConversion;
}

export interface PackSection {
  itemId: string;
  key: string;
  /** "Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25" (the public title where the sak is exempt for the pack's readers). */
  title: string;
  documents: PackDocument[];
}

/** A document that is not in the pack, and why; listed on the pack's last page. */
export interface LeftOutDocument {
  title: string;
  reason: string;
  /** Where it can be opened (https only, as every link in Møtebok). */
  webUrl?: string;
}

export interface BoardPackPlan {
  form: LanguageForm;
  /** "Møtebok Partnerskapsmøtet 11.06.26", by the committee's word for its papers (`conventions.pack`). */
  title: string;
  /** The heading of the page listing what is left out: «Dokumenter som ikke er med i møteboken». */
  leftOutHeading: string;
  fileName: string;
  /** Whether the pack holds everything ('full') or the public version ('public'). */
  view: 'full' | 'public';
  innkalling?: PackDocument;
  sections: PackSection[];
  /** Known before anything is fetched: exempt for the readers, not stored in SharePoint, not convertible. */
  leftOut: LeftOutDocument[];
}

export interface PackTexts {
  contents: string;
  innkalling: string;
  caseMemo: string;
  /** The last page's heading, by the pack's definite word (`packWord.ts`): «… ikke er med i møteboken». */
  leftOutHeading: (pack: string) => string;
  leftOutIntro: string;
  page: (page: number, total: number) => string;
  notStored: string;
  notConvertible: string;
  conversionFailed: (detail: string) => string;
  caseMemoOf: (section: string) => string;
}

export const PACK_TEXTS: Record<LanguageForm, PackTexts> = {
  nb: {
    contents: 'Innhold',
    innkalling: 'Innkalling',
    caseMemo: 'Saksframlegg',
    leftOutHeading: (pack) => `Dokumenter som ikke er med i ${pack}`,
    leftOutIntro: 'Disse dokumentene hører til møtet, men er ikke tatt inn her. Åpne dem fra lenken der det finnes en.',
    page: (page, total) => `Side ${page} av ${total}`,
    notStored: 'Ikke lagret i SharePoint',
    notConvertible: 'Filtypen kan ikke gjøres om til PDF',
    conversionFailed: (detail) => `Kunne ikke hentes eller gjøres om til PDF (${detail})`,
    caseMemoOf: (section) => `Saksframlegg til ${section}`,
  },
  nn: {
    contents: 'Innhald',
    innkalling: 'Innkalling',
    caseMemo: 'Saksframlegg',
    leftOutHeading: (pack) => `Dokument som ikkje er med i ${pack}`,
    leftOutIntro: 'Desse dokumenta høyrer til møtet, men er ikkje tekne inn her. Opne dei frå lenkja der det finst ei.',
    page: (page, total) => `Side ${page} av ${total}`,
    notStored: 'Ikkje lagra i SharePoint',
    notConvertible: 'Filtypen kan ikkje gjerast om til PDF',
    conversionFailed: (detail) => `Kunne ikkje hentast eller gjerast om til PDF (${detail})`,
    caseMemoOf: (section) => `Saksframlegg til ${section}`,
  },
};

/** "Møtebok Partnerskapsmøtet 11.06.26.pdf", beside the innkalling in the meeting folder. */
export function boardPackFileName(file: MeetingFile): string {
  const name = `${packWordOf(file.committee.conventions, file.committee.languageForm).word} ${file.committee.name} ${formatDateShort(file.meeting.date)}`;
  const chars = [...name];
  const short = chars.length > GENERATED_NAME_MAX_LENGTH - 4 ? chars.slice(0, GENERATED_NAME_MAX_LENGTH - 5).join('') + '…' : name;
  return suggestSafeFileName(`${short}.pdf`);
}

/**
 * Everyone who can read the meeting folder (committeeAccess: secretariat, referents, members) sees
 * the pack, so it is the full meeting only when all of them may see all exempt content. The
 * secretariat and the referents see everything (confidentiality.ts), so the members who only read decide.
 */
export function packViewer(file: MeetingFile): Viewer {
  const readers = committeeAccess(file.committee)
    .filter((entry) => entry.level === 'read')
    .map((entry) => entry.person);
  const groups = audiencesOf(file, readers);
  return groups.every((group) => group.full) ? FULL_VIEWER : PUBLIC_VIEWER;
}

const sectionTitle = (item: AgendaItem): string => (item.caseNumber === null ? item.title : `${caseLabel(item.caseNumber)} ${item.title}`);

/** What is in the pack for `viewer` (default: `packViewer`), before any file is fetched. */
export function planBoardPack(file: MeetingFile, viewer: Viewer = packViewer(file)): BoardPackPlan {
  const form = file.committee.languageForm;
  const texts = PACK_TEXTS[form];
  const pack = packWordOf(file.committee.conventions, form);
  const view = viewFor(file, viewer);
  const leftOut: LeftOutDocument[] = [];
  const document = (key: string, kind: PackDocumentKind, title: string, ref: DocumentRef): PackDocument | undefined => {
    const link = ref.webUrl ? { webUrl: ref.webUrl } : {};
    if (!ref.driveItemId) {
      leftOut.push({ title, reason: texts.notStored, ...link });
      return undefined;
    }
    const conversion = conversionOf(ref.fileName);
    if (conversion === 'unsupported') {
      leftOut.push({ title, reason: texts.notConvertible, ...link });
      return undefined;
    }
    return { key, kind, title, ref, conversion };
  };

  const innkallingRef = view.meeting.innkalling;
  const innkalling = innkallingRef ? document('innkalling', 'innkalling', texts.innkalling, innkallingRef) : undefined;
  const original = new Map(file.meeting.items.map((item) => [item.id, item]));
  const sections: PackSection[] = [];
  view.meeting.items.forEach((item, index) => {
    if (item.row === 'heading') return;
    const key = item.caseNumber === null ? `rad-${index + 1}` : `sak-${item.caseNumber}`;
    const title = sectionTitle(item);
    const documents: PackDocument[] = [];
    const full = original.get(item.id);
    if (item.caseMemo) {
      const memo = document(`${key}-saksframlegg`, 'caseMemo', texts.caseMemo, item.caseMemo);
      if (memo) documents.push(memo);
    } else if (full?.caseMemo) {
      // The view removed an exempt saksframlegg: say so, by the hjemmel only.
      const exemption = full.confidentiality?.caseMemo ?? full.confidentiality?.exempt;
      if (exemption) leftOut.push({ title: texts.caseMemoOf(title), reason: exemptionLine(exemption, form) });
    }
    for (const attachment of item.attachments) {
      const label = attachmentLabel(attachment, item);
      const hidden = full?.attachments.find((candidate) => candidate.id === attachment.id);
      const exemption = full && hidden ? attachmentExemption(full, hidden) : undefined;
      if (viewer.kind !== 'full' && exemption && !attachment.driveItemId && !attachment.webUrl) {
        leftOut.push({ title: label, reason: exemptionLine(exemption, form) });
        continue;
      }
      const entry = document(`vedlegg-${attachment.number ?? attachment.id}`, 'attachment', label, attachment);
      if (entry) documents.push(entry);
    }
    if (documents.length > 0) sections.push({ itemId: item.id, key, title, documents });
  });
  return {
    form,
    title: `${pack.word} ${file.committee.name} ${formatDateShort(file.meeting.date)}`,
    leftOutHeading: texts.leftOutHeading(pack.definite),
    fileName: boardPackFileName(file),
    view: viewer.kind === 'full' ? 'full' : 'public',
    ...(innkalling ? { innkalling } : {}),
    sections,
    leftOut,
  };
}

/** The documents in the order their pages go into the pack. */
export function packDocuments(plan: BoardPackPlan): PackDocument[] {
  return [...(plan.innkalling ? [plan.innkalling] : []), ...plan.sections.flatMap((section) => section.documents)];
}

/** What became of one document: its pages went in, or it failed and is listed instead. */
export type PackOutcome = { pages: number } | { failed: string };

export interface PackEntry {
  /** Named destination. */
  key: string;
  title: string;
  /** 1-based page in the finished pack. */
  page: number;
  children: PackEntry[];
}

export interface PackLayout {
  /** Pages the table of contents takes (it comes first). */
  contentsPages: number;
  /** The bookmarks, which are also the table of contents: the innkalling, each sak with its documents, the list of what is left out. */
  entries: PackEntry[];
  leftOut: LeftOutDocument[];
  /** First page of the list of what is left out, when there is one. */
  leftOutPage?: number;
  leftOutPages: number;
  totalPages: number;
}

/** Lines that fit on a page of the table of contents or of the left-out list. */
export const CONTENTS_LINES_PER_PAGE = 40;
export const LEFT_OUT_ENTRIES_PER_PAGE = 12;
export const LEFT_OUT_KEY = 'ikke-med';

/**
 * Page numbers of everything, from how many pages each document turned out to have. A sak whose
 * documents all failed keeps its line, pointing at the list of what is left out.
 */
export function layoutBoardPack(plan: BoardPackPlan, outcomes: ReadonlyMap<string, PackOutcome>): PackLayout {
  const texts = PACK_TEXTS[plan.form];
  const leftOut = [...plan.leftOut];
  const pagesOf = (document: PackDocument): number | undefined => {
    const outcome = outcomes.get(document.key);
    if (outcome === undefined) throw new Error(`No outcome for the pack's document «${document.title}» (${document.key}): a bug, not a user's error.`);
    if ('failed' in outcome) return undefined;
    return outcome.pages;
  };
  for (const document of packDocuments(plan)) {
    const outcome = outcomes.get(document.key);
    if (outcome && 'failed' in outcome) leftOut.push({ title: document.kind === 'caseMemo' ? texts.caseMemoOf(sectionOf(plan, document)) : document.title, reason: texts.conversionFailed(outcome.failed), ...(document.ref.webUrl ? { webUrl: document.ref.webUrl } : {}) });
  }
  const leftOutPages = Math.ceil(leftOut.length / LEFT_OUT_ENTRIES_PER_PAGE);
  const lines = (plan.innkalling ? 1 : 0) + plan.sections.reduce((sum, section) => sum + 1 + section.documents.length, 0) + (leftOutPages > 0 ? 1 : 0);
  const contentsPages = Math.max(1, Math.ceil(lines / CONTENTS_LINES_PER_PAGE));
  let next = contentsPages + 1;
  const place = (document: PackDocument): PackEntry | undefined => {
    const pages = pagesOf(document);
    if (pages === undefined) return undefined;
    const entry = { key: document.key, title: document.title, page: next, children: [] };
    next += pages;
    return entry;
  };
  const entries: PackEntry[] = [];
  if (plan.innkalling) {
    const entry = place(plan.innkalling);
    if (entry) entries.push(entry);
  }
  const pendingSections: { section: PackSection; children: PackEntry[] }[] = [];
  for (const section of plan.sections) {
    const children = section.documents.map(place).filter((entry): entry is PackEntry => entry !== undefined);
    pendingSections.push({ section, children });
  }
  const leftOutPage = leftOutPages > 0 ? next : undefined;
  for (const { section, children } of pendingSections) {
    entries.push({ key: section.key, title: section.title, page: children[0]?.page ?? leftOutPage ?? next, children });
  }
  if (leftOutPage !== undefined) entries.push({ key: LEFT_OUT_KEY, title: plan.leftOutHeading, page: leftOutPage, children: [] });
  return { contentsPages, entries, leftOut, ...(leftOutPage !== undefined ? { leftOutPage } : {}), leftOutPages, totalPages: next - 1 + leftOutPages };
}

function sectionOf(plan: BoardPackPlan, document: PackDocument): string {
  return plan.sections.find((section) => section.documents.includes(document))?.title ?? document.title;
}
