import type { NoticeProgress } from '../shared/services';
import { registerMessages, translate, type TextValues } from '../shared/i18n';
import { noticeProgressMessages, type NoticeProgressKey } from './noticeProgressMessages';

/**
 * The send's progress in the user's language: the sender says where it is as data (its step, the
 * file, how far: graph/noticeSender.ts `NoticeProgress`), this words it from the `noticeProgress`
 * namespace. "Legger ved Budsjett.pdf (2 av 9) …", "Attaching Budsjett.pdf (2 of 9) …". In a chunk of
 * its own, fetched by NoticePanel when a send begins.
 */

registerMessages('noticeProgress', noticeProgressMessages);

const t = (key: NoticeProgressKey, values?: TextValues): string => translate('noticeProgress', key, values);
/** "2 av 9": the one being done, counted from 1, never past the last (a send has tens of files, not thousands: no grouping). */
const position = (index: number, count: number): TextValues => ({ at: Math.min(index + 1, count), count });
const yes = (flag: boolean) => (flag ? 'yes' : 'no');

export function noticeProgressText(progress: NoticeProgress): string {
  switch (progress.step) {
    case 'innkalling':
    case 'event':
      return t(progress.step);
    case 'links':
      return t('links', { sharing: yes(progress.sharing) });
    case 'pack':
      return progress.phase === 'store' ? t('packStore') : t('packDocument', position(progress.index, progress.count));
    case 'attachment':
      return t('attachment', { fileName: progress.fileName, ...position(progress.index, progress.count) });
    case 'attendees':
    case 'saved':
      return t(progress.step, { update: yes(progress.update) });
  }
}
