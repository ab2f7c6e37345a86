import { useState } from 'react';
import { Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Textarea } from '@fluentui/react-components';
import type { Exemption, ItemConfidentiality } from '../../domain/confidentialitySchemas';
import { allowsMeirinnsyn, COMMON_EXEMPTION_BASES } from '../../domain/exemptionBases';
import { roleOf } from '../../domain/confidentiality';
import { listedIdentity, sameAddress } from '../../domain/personIdentity';
import { exemptAfterNotice } from '../../domain/confidentialityAudience';
import { closedMeetingBasesOf, hasPublicMeetings } from '../../domain/meetingPublicity';
import type { AgendaItem, Attachment } from '../../domain/model';
import type { AgendaEditor } from './agendaEditor';
import type { ItemEditorProps } from './ItemEditor';
import { useConfidentialityText } from './confidentialityText';
import { BasisPicker } from './BasisPicker';
import { afterSakWord } from '../../domain/sakWord';
import { useWordingValues } from '../shared/wordingValues';
import type { TextValues } from '../shared/i18n';

/**
 * Marking a sak unntatt offentlighet (with hjemmel, public title and public wording), its
 * saksframlegg, lukket møte, and per-sak access for observers and guests. What the marking does in
 * every channel is decided in domain/confidentiality.ts; this only edits the fields.
 */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  nested: { display: 'flex', flexDirection: 'column', gap: '8px', paddingLeft: '28px' },
});

interface ExemptionFieldsProps {
  exemption: Exemption;
  withTitle: boolean;
  onChange: (exemption: Exemption) => void;
  /** Said on the hjemmel field while none is chosen, naming the sak or its saksframlegg. */
  missing: string;
  /** The committee's words (`wordingValues`): the public text stands in for the sak's «vedtak» or «konklusjon». */
  words: TextValues;
}

function ExemptionFields({ exemption, withTitle, onChange, missing, words }: ExemptionFieldsProps) {
  const t = useConfidentialityText();
  const styles = useStyles();
  const without = (key: 'publicTitle' | 'publicText', value: string): Exemption => {
    const { [key]: _dropped, ...rest } = exemption;
    return value.trim() === '' ? rest : { ...rest, [key]: value };
  };
  return (
    <div className={styles.nested}>
      <BasisPicker
        options={COMMON_EXEMPTION_BASES}
        value={exemption.basis}
        missing={missing}
        hint={allowsMeirinnsyn(exemption.basis) ? t('basis.meirinnsyn') : undefined}
        onChange={(basis) => onChange({ ...exemption, basis })}
      />
      {withTitle ? (
        <Field label={t('publicTitle')} hint={t('publicTitle.hint')}>
          <Input value={exemption.publicTitle ?? ''} onChange={(_, data) => onChange(without('publicTitle', data.value))} />
        </Field>
      ) : null}
      {/* With «Vedtaket er offentlig» the public text no longer stands in for the vedtak. */}
      <Field label={t('publicText')} hint={exemption.decisionPublic === true ? t('publicText.hint.decisionPublic') : t('publicText.hint', words)}>
        <Textarea value={exemption.publicText ?? ''} resize="vertical" onChange={(_, data) => onChange(without('publicText', data.value))} />
      </Field>
      {/* The sak's own exemption only (a saksframlegg has no konklusjon): «Vedtaket er offentlig» (offl. § 25, see `Exemption.decisionPublic`). */}
      {withTitle ? (
        <Field hint={t('decisionPublic.hint', words)}>
          <Checkbox
            label={t('decisionPublic', words)}
            checked={exemption.decisionPublic === true}
            onChange={(_, data) => {
              const { decisionPublic: _old, ...rest } = exemption;
              onChange(data.checked === true ? { ...rest, decisionPublic: true } : rest);
            }}
          />
        </Field>
      ) : null}
    </div>
  );
}

/** The sak's editor opens this panel with what it was given itself. */
export function ConfidentialityPanel({ committee, meeting, item, editor }: ItemEditorProps) {
  const t = useConfidentialityText();
  const words = useWordingValues(committee);
  const styles = useStyles();
  const current: ItemConfidentiality = item.confidentiality ?? {};
  // Ticked but no hjemmel chosen yet: shown, not saved (a lukket møte without its hjemmel is not one).
  const [closedPendingFor, setClosedPendingFor] = useState<string | undefined>(undefined);
  const closedTicked = current.closedMeeting !== undefined || closedPendingFor === item.id;
  const set = (key: keyof ItemConfidentiality, value: ItemConfidentiality[keyof ItemConfidentiality] | undefined) => {
    const { [key]: _old, ...rest } = current;
    const next: ItemConfidentiality = value === undefined ? rest : { ...rest, [key]: value };
    editor.updateItem(item.id, { confidentiality: Object.keys(next).length === 0 ? undefined : next });
  };
  const outsiders = committee.members.filter((person) => {
    const role = roleOf(committee, listedIdentity(person));
    return role === 'observer' || role === 'guest';
  });
  const grants = current.grants ?? [];
  // The sak as the messages name it («sak 2026.12»), as the pre-send checks do.
  const sakName = item.caseNumber === null ? item.title : afterSakWord(item.caseNumber);
  const warnings = exemptAfterNotice({ committee, meeting }).filter((warning) => warning.what.includes(item.caseNumber ?? item.title));

  return (
    <section className={styles.root} aria-label={t('heading')}>
      <strong>{t('heading')}</strong>
      {warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('afterNotice.title')}</MessageBarTitle>
            {t('afterNotice.body', {
              what: warnings.map((warning) => warning.what).join('; '),
              people: (warnings[0]?.receivedBy ?? []).map((person) => person.name ?? person.address).join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Checkbox label={t('exempt')} checked={current.exempt !== undefined} onChange={(_, data) => set('exempt', data.checked === true ? {} : undefined)} />
      {/* Marked at once (it protects at once), with no hjemmel chosen for the secretariat: the send waits for it (noticeChecks). */}
      {current.exempt ? <ExemptionFields key={item.id} exemption={current.exempt} withTitle missing={t('basis.missing.exempt', { item: sakName })} onChange={(exempt) => set('exempt', exempt)} words={words} /> : null}
      {current.exempt ? null : (
        <>
          <Checkbox label={t('caseMemo')} checked={current.caseMemo !== undefined} onChange={(_, data) => set('caseMemo', data.checked === true ? {} : undefined)} />
          {current.caseMemo ? <ExemptionFields key={item.id} exemption={current.caseMemo} withTitle={false} missing={t('basis.missing.caseMemo', { item: sakName })} onChange={(caseMemo) => set('caseMemo', caseMemo)} words={words} /> : null}
        </>
      )}
      {hasPublicMeetings(committee) || current.closedMeeting ? (
        <>
          <Checkbox
            label={t('closed')}
            checked={closedTicked}
            onChange={(_, data) => {
              setClosedPendingFor(data.checked === true ? item.id : undefined);
              if (data.checked !== true) set('closedMeeting', undefined);
            }}
          />
          {closedTicked ? (
            <div className={styles.nested}>
              <BasisPicker key={item.id} options={closedMeetingBasesOf(committee)} value={current.closedMeeting?.basis} missing={t('closed.required')} noListHint={t('closed.noList', words)} onChange={(basis) => set('closedMeeting', { basis })} />
            </div>
          ) : null}
        </>
      ) : (
        <span>{t('closed.notPublic')}</span>
      )}
      {current.exempt || current.caseMemo || item.attachments.some((attachment) => attachment.exemption) ? (
        <div role="group" aria-label={t('grants')} className={styles.root}>
          <span>{t('grants')}</span>
          {outsiders.length === 0 ? <span>{t('grants.none')}</span> : null}
          {outsiders.map((person) => {
            const email = person.email ?? '';
            const has = grants.some((grant) => sameAddress(grant, email));
            return (
              <Checkbox
                key={email}
                label={person.organisation ? `${person.name} (${person.organisation})` : person.name}
                checked={has}
                onChange={(_, data) => {
                  const next = data.checked === true ? [...grants, email] : grants.filter((grant) => !sameAddress(grant, email));
                  set('grants', next.length === 0 ? undefined : next);
                }}
              />
            );
          })}
        </div>
      ) : null}
    </section>
  );
}

export interface AttachmentExemptionProps {
  item: AgendaItem;
  attachment: Attachment;
  label: string;
  editor: AgendaEditor;
}

/** One vedlegg unntatt offentlighet, with its hjemmel (an exempt sak's vedlegg are exempt with it). */
export function AttachmentExemption({ item, attachment, label, editor }: AttachmentExemptionProps) {
  const t = useConfidentialityText();
  const styles = useStyles();
  if (item.confidentiality?.exempt) return null;
  const update = (exemption: Exemption | undefined) =>
    editor.updateItem(item.id, {
      attachments: item.attachments.map((entry) => {
        if (entry.id !== attachment.id) return entry;
        const { exemption: _old, ...rest } = entry;
        return exemption ? { ...rest, exemption } : rest;
      }),
    });
  return (
    <div className={styles.root}>
      <Checkbox label={t('attachmentExempt', { name: label })} checked={attachment.exemption !== undefined} onChange={(_, data) => update(data.checked === true ? {} : undefined)} />
      {attachment.exemption ? (
        <div className={styles.nested}>
          <BasisPicker
            options={COMMON_EXEMPTION_BASES}
            value={attachment.exemption.basis}
            missing={t('basis.missing.attachment', { name: label })}
            hint={allowsMeirinnsyn(attachment.exemption.basis) ? t('basis.meirinnsyn') : undefined}
            onChange={(basis) => update({ ...attachment.exemption, basis })}
          />
        </div>
      ) : null}
    </div>
  );
}
