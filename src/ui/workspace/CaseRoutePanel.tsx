import { useState } from 'react';
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { cameFrom, forwardedTo, namesCommittee, proposalNoun, statementWord, withKnownAdvisory } from '../../domain/caseRoute';
import { wordingOf } from '../../domain/conventions';
import type { AgendaItem, CaseRouteStep, Committee } from '../../domain/model';
import { defineNamespace } from '../shared/i18n';
import type { AgendaEditor } from './agendaEditor';
import { caseRouteMessages } from './caseRouteMessages';

/**
 * A sak's saksgang (domain/caseRoute.ts): the bodies that treat it, in order, each with its møtedato and
 * saksnummer there when known. The step naming this committee is this meeting. Loaded when a sak is
 * opened, so the workspace's first load does not carry it; every change goes through the agenda
 * editor and its autosave like the sak's other fields. A body typed or renamed is looked up among the
 * committees the app knows (`withKnownAdvisory`): a råd that gives uttalelser is marked so, and the
 * proposal of the body after it is not headed «Innstilling fra» the råd.
 */
export const useCaseRouteText = defineNamespace('caseRoute', caseRouteMessages);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px' },
  body: { flex: '1 1 220px' },
});

interface CaseRoutePanelProps {
  committee: Committee;
  /** The committees the app knows, to find a råd among the bodies typed. */
  committees?: readonly Committee[];
  item: AgendaItem;
  editor: AgendaEditor;
}

export function CaseRoutePanel({ committee, committees = [], item, editor }: CaseRoutePanelProps) {
  const t = useCaseRouteText();
  const styles = useStyles();
  const [newBody, setNewBody] = useState('');
  const headingId = `case-route-${item.id}`;
  const steps = item.caseRoute ?? [];
  const save = (caseRoute: CaseRouteStep[]) => editor.updateItem(item.id, { caseRoute: caseRoute.length === 0 ? undefined : caseRoute });
  const next = forwardedTo(item, committee);
  // The innkalling's own words, in the committee's målform whatever the screen's language.
  const language = committee.languageForm;
  const from = cameFrom(item, committee);
  const proposal = from === undefined ? undefined : proposalNoun(item, committee, wordingOf(committee.conventions, language), language).word;
  const add = () => {
    if (newBody.trim() === '') return;
    save([...steps, withKnownAdvisory({ body: newBody.trim() }, committees)]);
    setNewBody('');
  };
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t('heading')}
      </h3>
      <Text size={200}>{t('hint', { committee: committee.name })}</Text>
      {steps.length > 0 ? (
        <ol className={styles.list}>
          {steps.map((step, index) => (
            <StepFields
              key={index}
              step={step}
              here={namesCommittee(step.body, committee)}
              onChange={(changed) => save(steps.map((s, i) => (i === index ? withKnownAdvisory(changed, committees) : s)))}
              onRemove={() => save(steps.filter((_, i) => i !== index))}
            />
          ))}
        </ol>
      ) : null}
      {proposal === undefined ? null : <Text role="note">{t('cameFrom', { proposal })}</Text>}
      {next === undefined ? null : (
        <Text role="note">
          {committee.conventions?.advisory === true ? t('forwardedStatement', { body: next, word: statementWord(language) }) : t('forwarded', { body: next })}
        </Text>
      )}
      <div className={styles.row}>
        <Field label={t('newBody')} className={styles.body}>
          <Input
            value={newBody}
            onChange={(_, data) => setNewBody(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
        </Field>
        <Button icon={<AddRegular />} disabled={newBody.trim() === ''} onClick={add}>
          {t('add')}
        </Button>
      </div>
    </section>
  );
}

interface StepFieldsProps {
  step: CaseRouteStep;
  /** The step names this committee: this meeting's date and number are printed there. */
  here: boolean;
  onChange: (step: CaseRouteStep) => void;
  onRemove: () => void;
}

/** One body of the route. An emptied name stays on screen with a message instead of vanishing, and is not saved. */
function StepFields({ step, here, onChange, onRemove }: StepFieldsProps) {
  const t = useCaseRouteText();
  const styles = useStyles();
  // What is typed, spaces and all (the stored name is trimmed); shown while it is the stored name or empty, so a
  // row removed above, or a change from elsewhere, shows the stored name instead.
  const [draft, setDraft] = useState(step.body);
  const body = draft.trim() === '' || draft.trim() === step.body.trim() ? draft : step.body;
  const { date: _date, caseNumber: _caseNumber, ...bodyOnly } = step;
  // Every row has these two fields: their names say whose they are, after the visible label (WCAG 2.5.3).
  const named = (field: string) => t('rowField', { field, body: step.body.trim() });
  return (
    <li>
      <div className={styles.row}>
        <Field label={t('body')} required className={styles.body} validationMessage={body.trim() === '' ? t('bodyRequired') : undefined}>
          <Input
            value={body}
            onChange={(_, data) => {
              setDraft(data.value);
              if (data.value.trim() !== '') onChange({ ...step, body: data.value });
            }}
          />
        </Field>
        {here ? null : (
          <>
            <Field label={t('date')}>
              <Input type="date" aria-label={named(t('date'))} value={step.date ?? ''} onChange={(_, data) => onChange(data.value === '' ? { ...bodyOnly, ...(step.caseNumber === undefined ? {} : { caseNumber: step.caseNumber }) } : { ...step, date: data.value })} />
            </Field>
            <Field label={t('caseNumber')}>
              <Input aria-label={named(t('caseNumber'))} value={step.caseNumber ?? ''} onChange={(_, data) => onChange(data.value.trim() === '' ? { ...bodyOnly, ...(step.date === undefined ? {} : { date: step.date }) } : { ...step, caseNumber: data.value })} />
            </Field>
          </>
        )}
        <Button icon={<DeleteRegular />} aria-label={t('remove', { body: step.body })} onClick={onRemove} />
      </div>
      {here ? <Text size={200}>{t('thisMeeting')}</Text> : null}
    </li>
  );
}
