import { useRef } from 'react';
import { Button, Link, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles } from '@fluentui/react-components';
import { DocumentPdfRegular } from '@fluentui/react-icons';
import type { Committee } from '../../domain/model';
import { isSafeUrl } from '../../domain/safeUrl';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { defineNamespace } from '../shared/i18n';
import type { AgendaEditor } from './agendaEditor';
import { publicVersionMessages } from './publicVersionMessages';
import { usePublicVersion } from './usePublicVersion';

/**
 * «Lag offentlig versjon» beside the innkalling's actions (loaded with `import()`, in its own
 * chunk): asks first, naming the files it replaces, then shows progress per file, then what it stored — all in the
 * shared alert dialog (`ui/shared/ConfirmDialog.tsx`: `busy` while it works, `closeLabel` for the result).
 */
export const usePublicVersionText = defineNamespace('publicVersion', publicVersionMessages);

const useStyles = makeStyles({
  list: { margin: '4px 0 12px 0', paddingLeft: '20px' },
});

export function PublicVersionAction({ committee, editor }: { committee: Committee; editor: AgendaEditor }) {
  const t = usePublicVersionText();
  const styles = useStyles();
  const { step, error, start, run, close, dismissError } = usePublicVersion(committee, editor);
  const open = step.kind === 'confirm' || step.kind === 'working' || step.kind === 'done';
  const working = step.kind === 'working';
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} icon={<DocumentPdfRegular />} disabled={step.kind === 'checking' || working} onClick={() => void start()}>
        {t('action')}
      </Button>
      {step.kind === 'checking' ? <Text role="status">{t('checking')}</Text> : null}
      {error !== undefined && !open ? <ErrorMessageBar error={error} onDismiss={dismissError} /> : null}
      <ConfirmDialog
        open={open}
        title={t('title')}
        confirmLabel={step.kind === 'confirm' && step.replaces.length > 0 ? t('confirmReplace') : t('confirm')}
        confirmIcon={<DocumentPdfRegular />}
        cancelLabel={t('cancel')}
        busy={working}
        closeLabel={step.kind === 'done' ? t('close') : undefined}
        onConfirm={() => void run()}
        onCancel={close}
        testId="public-version-dialog"
        returnFocusTo={button}
      >
        {error !== undefined ? <ErrorMessageBar error={error} onDismiss={dismissError} /> : null}
        {step.kind === 'confirm' ? (
          <>
            <p>{t('intro')}</p>
            <ul className={styles.list}>
              {step.planned.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            {step.replaces.length > 0 ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {t('replaces')}
                  <ul className={styles.list}>
                    {step.replaces.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </>
        ) : null}
        {step.kind === 'working' ? (
          <div role="status">
            <Text>{step.progress.current ? t('progress', { name: step.progress.current, number: step.progress.done + 1, total: step.progress.total }) : t('progressLabel')}</Text>
            <ProgressBar value={step.progress.total === 0 ? undefined : step.progress.done / step.progress.total} max={1} aria-label={t('progressLabel')} />
          </div>
        ) : null}
        {step.kind === 'done' ? (
          <MessageBar intent="success" layout="multiline" role="status">
            <MessageBarBody>
              {t('done')}
              {/* Each file opens where SharePoint shows it, to be looked over before it is published. */}
              <ul className={styles.list}>
                {step.stored.map(({ fileName, webUrl }) => (
                  <li key={fileName}>
                    {webUrl !== undefined && isSafeUrl(webUrl) ? (
                      <Link href={webUrl} target="_blank" rel="noreferrer">
                        {fileName}
                      </Link>
                    ) : (
                      fileName
                    )}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
