import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { basisText, maySeeExempt } from '../../domain/confidentiality';
import type { Committee, Meeting } from '../../domain/model';
import type { PersonIdentity } from '../../domain/personIdentity';
import { defineNamespace } from '../shared/i18n';
import { exemptReadMessages } from './exemptReadMessages';

const useExemptReadText = defineNamespace('exemptRead', exemptReadMessages);

export interface ExemptReadNoteProps {
  committee: Committee;
  /** The meeting as stored, before the reader's view (`viewFor`) replaced what he may not see. */
  meeting: Meeting;
  viewer: PersonIdentity;
  itemId: string;
}

/**
 * Over a sak a reader outside the referent's chair sees in full though it is unntatt offentlighet (a member, a vara the
 * committee lets see it, someone granted the sak): which of it is exempt, each with its hjemmel, and that he sees it by the
 * committee's rules, so a member from another organisation can tell it from the rest before he shares his screen or passes
 * it on. Nothing for a reader who gets the public version: his panel shows the public title and hjemmel already.
 */
export function ExemptReadNote({ committee, meeting, viewer, itemId }: ExemptReadNoteProps) {
  const t = useExemptReadText();
  const item = meeting.items.find((entry) => entry.id === itemId);
  if (!item || item.restricted === true || !maySeeExempt({ committee, meeting }, item, viewer)) return null;
  const form = committee.languageForm;
  const { exempt, caseMemo } = item.confidentiality ?? {};
  const lines = [
    ...(exempt ? [t('sak', { basis: basisText(exempt, form) })] : []),
    ...(caseMemo && item.caseMemo ? [t('caseMemo', { basis: basisText(caseMemo, form) })] : []),
    ...item.attachments.flatMap((attachment) => (attachment.exemption ? [t('attachment', { title: attachment.title, basis: basisText(attachment.exemption, form) })] : [])),
  ];
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="exempt-read-note">
      <MessageBarBody>
        {lines.join(' ')} {t('why')}
      </MessageBarBody>
    </MessageBar>
  );
}
