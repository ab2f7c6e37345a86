import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, Title3 } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { MailRegular } from '@fluentui/react-icons';
import type { Committee, Meeting } from '../../domain/model';
import { formatClockTime, formatDateLong, formatDeadline, utcToOslo } from '../../domain/dates';
import { writtenRecipients, writtenSendState } from '../../domain/writtenTreatment';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { wordingReady } from '../shared/describeError';
import { useServices } from '../shared/ServicesContext';
import type { AgendaEditor } from './agendaEditor';
import { defineNamespace } from '../shared/i18n';
import { writtenMessages } from './writtenMessages';
import { CarriedReadAfterSend } from './CarriedReadAfterSend';

/** The `writtenTreatment` namespace (writtenMessages.ts), loaded with the `written-answers` chunk. */
export const useWrittenText = defineNamespace('writtenTreatment', writtenMessages);

export interface WrittenSendActionProps {
  committee: Committee;
  meeting: Meeting;
  editor: AgendaEditor;
}

const when = (iso: string) => {
  const { date, time } = utcToOslo(iso);
  return `${formatDateLong(date)} ${formatClockTime(time)}`;
};

/**
 * «Send sakene til medlemmene» for a written treatment (graph/writtenTreatmentSender.ts): asked before it goes (a mail cannot
 * be recalled), the steps shown as it goes, then when it went (and, when it opened a carried sak's exempt files through the built-in
 * Read, `written.carriedBuiltInRead`, the innkalling's `CarriedReadAfterSend` in its own words). A send begun that may have gone is said, and sent again only
 * when the secretary says so after looking in Sent Items: never twice by itself.
 */
export function WrittenSendAction({ committee, meeting, editor }: WrittenSendActionProps) {
  const t = useWrittenText();
  const { writtenTreatments } = useServices();
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const [step, setStep] = useState<'recording' | 'sending' | 'saved' | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const state = writtenSendState(meeting);
  const { to, withoutAddress } = writtenRecipients(committee);
  if (writtenTreatments === undefined) return null;

  const send = async () => {
    setError(undefined);
    setStep('recording');
    try {
      // The mail is built from what is stored: save pending edits first.
      await editor.flush();
      const current = editor.getState();
      if (current.saveState !== 'saved' || current.version === undefined) throw current.error ?? new Error('not saved');
      const saved = await writtenTreatments.sendWrittenTreatment(committee, { value: current.meeting, version: current.version }, {
        onProgress: setStep,
        resend: state.state === 'uncertain',
      });
      editor.adoptSaved(saved);
      setConfirming(false);
    } catch (caught) {
      await wordingReady(caught);
      setError(caught);
      setConfirming(false);
    } finally {
      setStep(undefined);
    }
  };

  return (
    <section aria-labelledby="written-send-heading">
      <Title3 as="h4" id="written-send-heading">
        {t('send.heading')}
      </Title3>
      {state.state === 'sent' ? (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{t('send.sent', { when: when(state.sentAt) })}</MessageBarBody>
          </MessageBar>
          {/* The innkalling's bar after a send that opened a carried sak's exempt files through the built-in Read, in the written words: sent once, no update. */}
          <CarriedReadAfterSend
            committee={committee}
            meeting={meeting}
            ids={meeting.written?.carriedBuiltInRead}
            words={{ title: t('send.carriedReadTitle'), text: (values, named) => t(named ? 'send.carriedRead' : 'send.carriedReadNoFiles', values) }}
          />
        </>
      ) : (
        <>
          <Text as="p">{t('send.intro')}</Text>
          {state.state === 'uncertain' ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t('send.uncertain', { when: when(state.startedAt) })}</MessageBarBody>
            </MessageBar>
          ) : null}
          {error !== undefined ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
          <div>
            <Button ref={button} icon={<MailRegular />} disabled={step !== undefined || meeting.items.length === 0} onClick={() => setConfirming(true)}>
              {state.state === 'uncertain' ? t('send.resend') : t('send.button')}
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('send.confirmTitle')}
        confirmLabel={state.state === 'uncertain' ? t('send.resend') : t('send.confirm')}
        cancelLabel={t('send.cancel')}
        busy={step !== undefined}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
        testId="written-send-dialog"
        returnFocusTo={button}
      >
        <Text as="p">{t('send.confirmBody', { deadline: formatDeadline(meeting), count: String(to.length) })}</Text>
        {withoutAddress.length > 0 ? <Text as="p">{t('send.withoutAddress', { names: withoutAddress.map((member) => member.name).join(', ') })}</Text> : null}
        {step !== undefined ? <LoadingSpinner size="small" label={t(`send.${step}`)} /> : null}
      </ConfirmDialog>
    </section>
  );
}
