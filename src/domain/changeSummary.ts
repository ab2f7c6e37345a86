import type { AgendaItem, Attachment, DocumentRef, LanguageForm, Person } from './model';
import { plainTextOf } from './richText';

/**
 * Short lines for the "Send oppdatert innkalling" dialog and the update's e-mail body, so
 * invitees see what changed since the last notice without comparing two agendas themselves.
 * Items are matched by id (titles and numbers may change); attachments by id, a new eTag counts
 * as an updated file. Lines come in agenda order of the current agenda, removals last.
 */

interface Texts {
  newItem: (label: string) => string;
  removed: (label: string) => string;
  postponed: (label: string) => string;
  title: (label: string, title: string) => string;
  proposal: (label: string) => string;
  summary: (label: string) => string;
  presenters: (label: string, names: string) => string;
  kinds: (label: string, kinds: string) => string;
  time: (label: string, minutes: number | undefined) => string;
  caseMemoNew: (label: string) => string;
  caseMemoUpdated: (label: string) => string;
  attachmentNew: (label: string, title: string) => string;
  attachmentRemoved: (label: string, title: string) => string;
  attachmentUpdated: (label: string, title: string) => string;
  order: string;
  nobody: string;
}

const TEXTS: Readonly<Record<LanguageForm, Texts>> = {
  nb: {
    newItem: (label) => `Ny sak ${label}`,
    removed: (label) => `Sak ${label} er fjernet`,
    postponed: (label) => `Sak ${label} er utsatt`,
    title: (label, title) => `Sak ${label}: endret tittel til «${title}»`,
    proposal: (label) => `Sak ${label}: endret forslag til konklusjon`,
    summary: (label) => `Sak ${label}: endret beskrivelse`,
    presenters: (label, names) => `Sak ${label}: endret ansvar (${names})`,
    kinds: (label, kinds) => `Sak ${label}: endret sakstype (${kinds})`,
    time: (label, minutes) => (minutes === undefined ? `Sak ${label}: tidsramme fjernet` : `Sak ${label}: ny tidsramme ${minutes} min`),
    caseMemoNew: (label) => `Sak ${label}: nytt saksframlegg`,
    caseMemoUpdated: (label) => `Sak ${label}: oppdatert saksframlegg`,
    attachmentNew: (label, title) => `Nytt vedlegg til sak ${label}: ${title}`,
    attachmentRemoved: (label, title) => `Vedlegg fjernet fra sak ${label}: ${title}`,
    attachmentUpdated: (label, title) => `Oppdatert vedlegg til sak ${label}: ${title}`,
    order: 'Rekkefølgen på sakene er endret',
    nobody: 'ingen',
  },
  nn: {
    newItem: (label) => `Ny sak ${label}`,
    removed: (label) => `Sak ${label} er fjerna`,
    postponed: (label) => `Sak ${label} er utsett`,
    title: (label, title) => `Sak ${label}: endra tittel til «${title}»`,
    proposal: (label) => `Sak ${label}: endra forslag til konklusjon`,
    summary: (label) => `Sak ${label}: endra omtale`,
    presenters: (label, names) => `Sak ${label}: endra ansvar (${names})`,
    kinds: (label, kinds) => `Sak ${label}: endra sakstype (${kinds})`,
    time: (label, minutes) => (minutes === undefined ? `Sak ${label}: tidsramme fjerna` : `Sak ${label}: ny tidsramme ${minutes} min`),
    caseMemoNew: (label) => `Sak ${label}: nytt saksframlegg`,
    caseMemoUpdated: (label) => `Sak ${label}: oppdatert saksframlegg`,
    attachmentNew: (label, title) => `Nytt vedlegg til sak ${label}: ${title}`,
    attachmentRemoved: (label, title) => `Vedlegg fjerna frå sak ${label}: ${title}`,
    attachmentUpdated: (label, title) => `Oppdatert vedlegg til sak ${label}: ${title}`,
    order: 'Rekkjefølgja på sakene er endra',
    nobody: 'ingen',
  },
};

/** "2026.03 Handlingsplan" for a new item; just the number elsewhere; the title when unnumbered. */
function label(item: AgendaItem): string {
  return item.caseNumber ?? `«${item.title}»`;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

const personKey = (person: Person): string => person.email?.toLowerCase() ?? person.name;

function documentChanged(before: DocumentRef, after: DocumentRef): boolean {
  if (before.driveItemId !== after.driveItemId) return true;
  if (before.eTag !== undefined || after.eTag !== undefined) return before.eTag !== after.eTag;
  return before.fileName !== after.fileName || before.size !== after.size;
}

function itemChanges(before: AgendaItem, after: AgendaItem, t: Texts): string[] {
  const l = label(after);
  const lines: string[] = [];
  if (after.outcome === 'postponed' && before.outcome !== 'postponed') lines.push(t.postponed(l));
  if (before.title.trim() !== after.title.trim()) lines.push(t.title(l, after.title.trim()));
  if (!sameList(before.kinds, after.kinds)) lines.push(t.kinds(l, after.kinds.join(', ') || t.nobody));
  if (plainTextOf(before.summary) !== plainTextOf(after.summary)) lines.push(t.summary(l));
  if (!sameList(before.proposedConclusion.map((p) => p.trim()), after.proposedConclusion.map((p) => p.trim()))) lines.push(t.proposal(l));
  if (!sameList(before.presenters.map(personKey), after.presenters.map(personKey))) {
    lines.push(t.presenters(l, after.presenters.map((p) => p.name).join(', ') || t.nobody));
  }
  if (before.plannedMinutes !== after.plannedMinutes) lines.push(t.time(l, after.plannedMinutes));
  if (after.caseMemo && !before.caseMemo) lines.push(t.caseMemoNew(l));
  else if (after.caseMemo && before.caseMemo && documentChanged(before.caseMemo, after.caseMemo)) lines.push(t.caseMemoUpdated(l));
  const beforeAttachments = new Map(before.attachments.map((a) => [a.id, a]));
  const afterIds = new Set(after.attachments.map((a) => a.id));
  for (const attachment of after.attachments) {
    const old: Attachment | undefined = beforeAttachments.get(attachment.id);
    if (!old) lines.push(t.attachmentNew(l, attachment.title));
    else if (documentChanged(old, attachment)) lines.push(t.attachmentUpdated(l, attachment.title));
  }
  for (const attachment of before.attachments) {
    if (!afterIds.has(attachment.id)) lines.push(t.attachmentRemoved(l, attachment.title));
  }
  return lines;
}

export function summariseAgendaChanges(sent: readonly AgendaItem[], current: readonly AgendaItem[], form: LanguageForm): string[] {
  const t = TEXTS[form];
  const sentById = new Map(sent.map((item) => [item.id, item]));
  const currentIds = new Set(current.map((item) => item.id));
  const lines: string[] = [];

  for (const item of current) {
    const before = sentById.get(item.id);
    if (!before) lines.push(t.newItem(item.caseNumber === null ? item.title : `${item.caseNumber} ${item.title}`));
    else lines.push(...itemChanges(before, item, t));
  }
  for (const item of sent) {
    if (!currentIds.has(item.id)) lines.push(t.removed(label(item)));
  }
  const keptInSentOrder = sent.filter((item) => currentIds.has(item.id)).map((item) => item.id);
  const keptInCurrentOrder = current.filter((item) => sentById.has(item.id)).map((item) => item.id);
  if (!sameList(keptInSentOrder, keptInCurrentOrder)) lines.push(t.order);
  return lines;
}
