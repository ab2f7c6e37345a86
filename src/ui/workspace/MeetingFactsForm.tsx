import { Button, Checkbox, Field, Input, Text, Textarea, makeStyles } from '@fluentui/react-components';
import { applyMeetingFacts, type MeetingFactsInput } from '../../domain/meetingFacts';
import { meetingNumberAfterMove, type NumberedMeetingHeader } from '../../domain/meetingNumbering';
import type { Committee, Meeting } from '../../domain/model';
import { RichTextEditor } from '../shared/LazyRichTextEditor';
import { PeoplePicker } from '../shared/PeoplePicker';
import type { AgendaEditor } from './agendaEditor';
import { useWorkspaceText } from './panelText';
import { useMeetingFactsForm } from './useMeetingFactsForm';
import { chairWordOnScreen } from './chairWordOnScreen';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: '12px', alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  people: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', gap: '12px' },
  person: { flex: '1 1 260px', minWidth: 0 },
  actions: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

/**
 * "Endre møtet": date, time, place, Teams (for a written treatment the Svarfrist instead, as «Nytt møte» asks), chair, referent, "Til", "Tema" and the letter parts
 * (references, ingress, greeting, signature). Applied through the
 * agenda editor (saved with the eTag, renumbered while the meeting is a draft); a refused value
 * stays in its field with the reason under it.
 */
export interface MeetingFactsFormProps {
  meeting: Meeting;
  editor: AgendaEditor;
  onDone: () => void;
  committee: Committee;
  /** The committee's meetings once listed (`meetingNumberAfterMove`); undefined while they load. */
  meetings: readonly NumberedMeetingHeader[] | undefined;
}

export function MeetingFactsForm({ meeting, editor, onDone, committee, meetings }: MeetingFactsFormProps) {
  const t = useWorkspaceText();
  const styles = useStyles();
  // Moved into another year, a numbered meeting takes that year's next number (once the committee's meetings are listed).
  const apply = (current: Meeting, facts: MeetingFactsInput) => {
    const next = applyMeetingFacts(current, facts);
    return meetings === undefined ? next : meetingNumberAfterMove(committee, meetings, current, next);
  };
  const form = useMeetingFactsForm(meeting, (facts) => editor.updateMeeting((current) => apply(current, facts)));
  const { input, problems } = form;
  const written = meeting.written !== undefined;
  const problem = (key: keyof typeof problems) => {
    const code = problems[key];
    return code ? { validationState: 'error' as const, validationMessage: t(`facts.problem.${code}`) } : {};
  };

  return (
    <form
      className={styles.form}
      aria-label={t('facts.heading')}
      onSubmit={(event) => {
        event.preventDefault();
        if (form.save()) onDone();
      }}
    >
      {written ? (
        <>
          {/* A written treatment: the Svarfrist, labelled as «Nytt møte» labels it; no end, place or Teams (no meeting). */}
          <Field label={t('newMeeting.deadline')} required {...problem('date')}>
            <Input type="date" value={input.date} onChange={(_, data) => form.set('date', data.value)} />
          </Field>
          <Field label={t('newMeeting.deadlineTime')} {...problem('start')}>
            <Input type="time" value={input.start} onChange={(_, data) => form.set('start', data.value)} />
          </Field>
        </>
      ) : (
        <>
          <Field label={t('facts.date')} required {...problem('date')}>
            <Input type="date" value={input.date} onChange={(_, data) => form.set('date', data.value)} />
          </Field>
          <Field label={t('facts.start')} required {...problem('start')}>
            <Input type="time" value={input.start} onChange={(_, data) => form.set('start', data.value)} />
          </Field>
          <Field label={t('facts.end')} required {...problem('end')}>
            <Input type="time" value={input.end} onChange={(_, data) => form.set('end', data.value)} />
          </Field>
          <Field label={t('facts.place')}>
            <Input value={input.place} onChange={(_, data) => form.set('place', data.value)} />
          </Field>
          <Checkbox className={styles.wide} label={t('facts.online')} checked={input.online} onChange={(_, data) => form.set('online', data.checked === true)} />
        </>
      )}
      <div className={styles.people}>
        <div className={styles.person}>
          <PeoplePicker label={t('facts.chair', { chairWord: chairWordOnScreen(committee, meeting) })} value={input.chair ? [input.chair] : []} onChange={(people) => form.set('chair', people.at(-1))} />
        </div>
        <div className={styles.person}>
          <PeoplePicker label={t('facts.minuteTaker', { chairWord: chairWordOnScreen(committee, meeting) })} value={input.minuteTaker ? [input.minuteTaker] : []} onChange={(people) => form.set('minuteTaker', people.at(-1))} />
        </div>
      </div>
      <Field className={styles.wide} label={t('facts.recipients')} hint={t('facts.recipientsHint')}>
        <Input value={input.recipients} onChange={(_, data) => form.set('recipients', data.value)} />
      </Field>
      <Field className={styles.wide} label={t('facts.theme')}>
        <Input value={input.theme} onChange={(_, data) => form.set('theme', data.value)} />
      </Field>
      {written ? null : (
        <Field label={t('facts.meetingNumber')}>
          <Input value={input.meetingNumber} onChange={(_, data) => form.set('meetingNumber', data.value)} />
        </Field>
      )}
      <Field label={t('facts.ourRef')}>
        <Input value={input.ourRef} onChange={(_, data) => form.set('ourRef', data.value)} />
      </Field>
      <Field label={t('facts.yourRef')}>
        <Input value={input.yourRef} onChange={(_, data) => form.set('yourRef', data.value)} />
      </Field>
      <Field className={styles.wide} label={t('facts.absenceNotice')}>
        <Input value={input.absenceNotice} onChange={(_, data) => form.set('absenceNotice', data.value)} />
      </Field>
      {/* A befaring before or during the meeting: printed under «Dato/sted» in the innkalling, the invite and the protokoll. */}
      <Field label={t('facts.siteVisitStart')} {...problem('siteVisitStart')}>
        <Input type="time" value={input.siteVisitStart} onChange={(_, data) => form.set('siteVisitStart', data.value)} />
      </Field>
      <Field label={t('facts.siteVisitPlace')} {...problem('siteVisitPlace')}>
        <Input value={input.siteVisitPlace} onChange={(_, data) => form.set('siteVisitPlace', data.value)} />
      </Field>
      <Field className={styles.wide} label={t('facts.siteVisitAbout')}>
        <Textarea value={input.siteVisitAbout} onChange={(_, data) => form.set('siteVisitAbout', data.value)} />
      </Field>
      {/* The letter's opening text above the saksliste (innkalling and invitation); the editor loads on first open. */}
      <div className={styles.wide}>
        <RichTextEditor label={t('facts.ingress', { agendaHeading: committee.conventions?.agendaHeading ?? '' })} value={input.ingress} onChange={(ingress) => form.set('ingress', ingress)} />
      </div>
      <Field label={t('facts.greeting')}>
        <Input value={input.greeting} onChange={(_, data) => form.set('greeting', data.value)} />
      </Field>
      <Field className={styles.wide} label={t('facts.signature')}>
        <Textarea value={input.signature} onChange={(_, data) => form.set('signature', data.value)} />
      </Field>
      {meeting.status === 'draft' ? (
        <Text className={styles.wide} size={200}>
          {t('facts.draftRenumber')}
        </Text>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t('facts.save')}
        </Button>
        <Button
          onClick={() => {
            form.reset();
            onDone();
          }}
        >
          {t('facts.cancel')}
        </Button>
      </div>
    </form>
  );
}
