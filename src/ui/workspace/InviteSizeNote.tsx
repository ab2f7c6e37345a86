import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Invitee } from '../../domain/invitation';
import type { InviteMailFit } from '../../domain/inviteSize';
import { DEFAULT_MAX_MESSAGE_SIZE_BYTES, EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES, formatFileSize } from '../../domain/limits';
import { defineNamespace } from '../shared/i18n';
import { inviteSizeMessages } from './inviteSizeMessages';

const useInviteSizeText = defineNamespace('inviteSize', inviteSizeMessages);

const useStyles = makeStyles({
  hint: { display: 'block', color: tokens.colorNeutralForeground2 },
  list: { margin: '4px 0 0 0', paddingLeft: '20px' },
});

/**
 * In the send dialog, before Send, when the vedlegg attached would pass Exchange's message limit (domain/inviteSize.ts
 * `inviteMailFit`): the size, as mail counts it, and the limit, said plainly, and the way out — this send's vedlegg as
 * links to the committee's library (`linkInstead`). Until she chooses it Send waits (NoticePanel), since Microsoft 365
 * would refuse the send once begun. With links chosen, each invitee with no account, who cannot open them
 * (`unreachableByLinks`), is named as an error, and Send waits too: nothing safe reaches them. `refused`: the sender
 * refused the send, by files in the library larger than Møtebok had stored (`InviteTooLargeError`): said, with nothing sent.
 * A limit other than Exchange Online's default is the one IT set in the build (MOTEBOK_MAX_SEND_SIZE_MB), and said so.
 */
export function InviteSizeNote({
  fit,
  linkInstead,
  onLinkInstead,
  unreachable,
  disabled,
  refused = false,
}: {
  fit: InviteMailFit;
  refused?: boolean;
  linkInstead: boolean;
  onLinkInstead: (link: boolean) => void;
  unreachable: readonly Invitee[];
  disabled: boolean;
}) {
  const t = useInviteSizeText();
  const styles = useStyles();
  if (fit.fits) return null;
  return (
    <>
      <MessageBar intent={linkInstead ? 'info' : 'error'} layout="multiline" data-testid="notice-invite-size">
        <MessageBarBody>
          <MessageBarTitle>{t('title')}</MessageBarTitle>
          {fit.tooLargeFiles.length > 0 ? t('files', { max: formatFileSize(EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES), files: fit.tooLargeFiles.join(', ') }) : null}{' '}
          {refused ? <Text className={styles.hint}>{t('refused')}</Text> : null}
          {t('total', { size: formatFileSize(fit.attachedBytes), encoded: formatFileSize(fit.encodedBytes) })}{' '}
          {t(fit.limitBytes === DEFAULT_MAX_MESSAGE_SIZE_BYTES ? 'limit' : 'limitSet', { limit: formatFileSize(fit.limitBytes) })}
          {linkInstead ? null : <Text className={styles.hint}>{t('held')}</Text>}
        </MessageBarBody>
      </MessageBar>
      <span>
        <Checkbox checked={linkInstead} disabled={disabled} onChange={(_, data) => onLinkInstead(data.checked === true)} label={t('choice')} aria-describedby="notice-invite-size-hint" />
        <Text id="notice-invite-size-hint" size={200} className={styles.hint}>
          {t('choiceHint')}
        </Text>
      </span>
      {linkInstead && unreachable.length > 0 ? (
        <MessageBar intent="error" layout="multiline" data-testid="notice-links-unreachable">
          <MessageBarBody>
            <MessageBarTitle>{t('unreachableTitle')}</MessageBarTitle>
            <ul className={styles.list}>
              {unreachable.map((invitee) => (
                <li key={invitee.address}>{t('unreachableLine', { who: invitee.name ? `${invitee.name} <${invitee.address}>` : invitee.address })}</li>
              ))}
            </ul>
            {t('unreachableWhat')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
