import { useState } from 'react';
import { safeLinkUrl } from '../../domain/safeUrl';
import { Button, Link, Text, makeStyles } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { DocumentAddRegular } from '@fluentui/react-icons';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { withExemptMarked } from '../../domain/confidentiality';
import { renderSaksframleggDocx } from '../../documents';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useServices } from '../shared/ServicesContext';
import type { AgendaEditor } from './agendaEditor';
import { useWorkspaceText } from './panelText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' },
});

/**
 * "Lag saksframlegg": renders the item's saksframlegg from the template, stores it through the
 * repository's `storeCaseMemo` (the meeting folder; for a sak whose saksframlegg is exempt, only the
 * sak's closed folder for exempt content; a regenerate replaces the stored file) and opens it (the
 * SharePoint link opens Word). The link stays for later.
 */
export function CaseMemoPanel({ committee, meeting, item, editor }: { committee: Committee; meeting: Meeting; item: AgendaItem; editor: AgendaEditor }) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const { repository } = useServices();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const generate = async () => {
    setWorking(true);
    setError(undefined);
    try {
      // The full saksframlegg says «Unntatt offentlighet, <hjemmel>» when the sak or its saksframlegg is (withExemptMarked).
      const bytes = await renderSaksframleggDocx(withExemptMarked({ committee, meeting }), item.id);
      const ref = await repository.storeCaseMemo({ committee, meeting }, item.id, bytes);
      editor.updateItem(item.id, { caseMemo: ref });
      if (ref.webUrl) window.open(ref.webUrl, '_blank', 'noopener');
    } catch (caught) {
      setError(caught);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className={styles.root} aria-label={t('memo.heading')}>
      <strong>{t('memo.heading')}</strong>
      {error !== undefined ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
      {item.caseMemo && safeLinkUrl(item.caseMemo.webUrl) ? (
        <Link href={safeLinkUrl(item.caseMemo.webUrl)} target="_blank" rel="noopener noreferrer">
          {t('memo.open')} ({item.caseMemo.fileName})
        </Link>
      ) : (
        <Text size={200}>{t('memo.none')}</Text>
      )}
      {working ? (
        <LoadingSpinner size="tiny" label={t('memo.working')} />
      ) : (
        <Button icon={<DocumentAddRegular />} onClick={() => void generate()}>
          {item.caseMemo ? t('memo.regenerate') : t('memo.generate')}
        </Button>
      )}
    </section>
  );
}
