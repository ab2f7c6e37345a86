import type { TabSaveFailure } from '../../hosts/teams/tabConfiguration';
import { registerMessages, translate } from '../shared/i18n';
import { saveFailureMessages, type SaveFailureKey } from './saveFailureMessages';

/**
 * Why Teams' Save did not add the tab, in the user's language (the `tabSaveFailure` namespace). A chunk of
 * its own: the settings page fetches it when Save fails (`TabConfigApp.tsx`).
 */

registerMessages('tabSaveFailure', saveFailureMessages);
const t = (key: SaveFailureKey, values?: Record<string, string>) => translate('tabSaveFailure', key, values);

export function tabSaveFailureText(failure: TabSaveFailure): string {
  return failure.kind === 'noCommittee' ? t('noCommittee') : t('notSaved', { detail: failure.detail });
}
