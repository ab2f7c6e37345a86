import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { useCommonText } from '../shared/commonText';

export function WorkspaceApp() {
  const t = useCommonText();
  return <main id={MAIN_CONTENT_ID}>{t('app.name')}</main>;
}
