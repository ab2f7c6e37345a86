import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, Card, Checkbox, Dropdown, Field, Input, Link, Option, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../../shared/LoadingSpinner';
import { ArrowDownloadRegular, SearchRegular } from '@fluentui/react-icons';
import type { DecisionRegister, FollowUpStatusReader, RegisterHit, RegisterQuery } from '../../../domain/decisionRegister';
import { wordingOf } from '../../../domain/conventions';
import { formatDateLong } from '../../../domain/dates';
import type { Committee } from '../../../domain/model';
import { safeLinkUrl } from '../../../domain/safeUrl';
import { afterSakWord } from '../../../domain/sakWord';
import { registerColumns, registerCsv, registerXlsx, XLSX_CONTENT_TYPE } from '../../../documents/registerExport';
import { ErrorMessageBar } from '../../shared/ErrorMessageBar';
import { defineNamespace, useLanguage } from '../../shared/i18n';
import { wordingLanguage } from '../../shared/useCommitteeWording';
import { wordingValues } from '../../shared/wordingValues';
import { registerMessages } from './registerMessages';
import { useRegisterSearch } from './useRegisterSearch';
import { downloadFile } from '../downloadFile';

export const useRegisterText = defineNamespace('register', registerMessages);

const ALL = '';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '960px' },
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-end' },
  wide: { flex: '2 1 260px', minWidth: '0' },
  narrow: { flex: '1 1 160px', minWidth: '0' },
  // Fluent's Dropdown keeps a 250 px minimum of its own: let it shrink with its field (320 px reflow).
  fill: { minWidth: '0', width: '100%' },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: '12px' },
  hit: { padding: '12px 16px', display: 'flex', flexDirection: 'column', gap: '6px' },
  conclusion: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  links: { display: 'flex', flexWrap: 'wrap', gap: '16px' },
  muted: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
});

export interface RegisterViewProps {
  /** The committees the user can read (the workspace's list): the committee filter and the names on hits. */
  committees: readonly Committee[];
  load: () => Promise<DecisionRegister>;
  /**
   * Reads the status of oppfølgingspunkter from Planner/To Do (issue 12 §3), asked per page of saker
   * with points only when «Bare saker med åpen oppfølging» is ticked. Absent (follow-up not
   * available): the filter is not shown.
   */
  followUpStatuses?: FollowUpStatusReader;
}

/** The link to a sak's meeting in this workspace (the committee and the open meeting are what the workspace restores). */
export function sakHref(hit: Pick<RegisterHit, 'committeeId' | 'meetingId'>, base: string = window.location.href): string {
  const url = new URL(base);
  url.search = `?committee=${encodeURIComponent(hit.committeeId)}`;
  url.hash = `meeting=${encodeURIComponent(hit.meetingId)}`;
  return url.href;
}

/** «Vedtaksregister»: every recorded konklusjon the user can read, searched, paged as they scroll, exported. */
export function RegisterView({ committees, load, followUpStatuses }: RegisterViewProps) {
  const t = useRegisterText();
  const styles = useStyles();
  const language = wordingLanguage(useLanguage());
  const { state, years, search, loadMore, allHits } = useRegisterSearch(load, followUpStatuses);
  const [text, setText] = useState('');
  const [year, setYear] = useState(ALL);
  const [committeeId, setCommitteeId] = useState(ALL);
  const [kind, setKind] = useState(ALL);
  const [caseNumber, setCaseNumber] = useState('');
  const [onlyFollowUp, setOnlyFollowUp] = useState(false);
  const [asked, setAsked] = useState<RegisterQuery | undefined>(undefined);
  const [exporting, setExporting] = useState<string | undefined>(undefined);
  const [exportBusy, setExportBusy] = useState(false);
  const [exportError, setExportError] = useState<unknown>(undefined);
  const sentinel = useRef<HTMLDivElement>(null);
  const statusId = useId();

  const committeeName = (id: string) => committees.find((committee) => committee.id === id)?.name ?? id;
  // A hit's record in its own committee's words: «Åpne protokollen».
  const hitWords = (hit: RegisterHit) => wordingValues(wordingOf(committees.find((committee) => committee.id === hit.committeeId)?.conventions, language));
  // The sakstyper of the chosen committee, else of all of them (by id, the first label seen).
  const kinds = new Map<string, string>();
  for (const committee of committees.filter((candidate) => committeeId === ALL || candidate.id === committeeId)) {
    for (const option of wordingOf(committee.conventions, language).kinds) if (!kinds.has(option.id)) kinds.set(option.id, option.label);
  }

  const query = (): RegisterQuery => ({
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(year !== ALL ? { year: Number(year) } : {}),
    ...(committeeId !== ALL ? { committeeId } : {}),
    ...(kind !== ALL ? { kind } : {}),
    ...(caseNumber.trim() ? { caseNumber: caseNumber.trim() } : {}),
    ...(onlyFollowUp && followUpStatuses ? { openFollowUp: true } : {}),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = query();
    setAsked(next);
    void search(next);
  };

  // Results page as the user scrolls: the sentinel after the list asks for the next page when it comes into view.
  useEffect(() => {
    const target = sentinel.current;
    if (!target || typeof IntersectionObserver === 'undefined' || state.done || state.status !== 'ready') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void loadMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [state.done, state.status, state.hits.length, loadMore]);

  const meetingLabel = (hit: RegisterHit) => t('hit.meeting', { committee: committeeName(hit.committeeId), date: formatDateLong(hit.meetingDate) });

  const runExport = async (kindOfFile: 'csv' | 'xlsx') => {
    if (!asked) return;
    setExportError(undefined);
    setExportBusy(true);
    setExporting(t('export.working', { count: 0 }));
    try {
      const hits = await allHits(asked, (count) => setExporting(t('export.working', { count })));
      const columns = registerColumns(
        { caseNumber: t('column.caseNumber'), title: t('column.title'), committee: t('column.committee'), meeting: t('column.meeting'), date: t('column.date'), kinds: t('column.kinds'), conclusion: t('column.conclusion'), minutes: t('column.minutes'), sak: t('column.sak') },
        { committeeName: (hit) => committeeName(hit.committeeId), meetingLabel, sakUrl: (hit) => sakHref(hit) },
      );
      const name = `${t('export.fileName')}${asked.year !== undefined ? ` ${asked.year}` : ''}`;
      if (kindOfFile === 'csv') downloadFile(new Blob([registerCsv(hits, columns)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      else downloadFile(new Blob([await registerXlsx(hits, columns, name)], { type: XLSX_CONTENT_TYPE }), `${name}.xlsx`);
      setExporting(t('export.done', { count: hits.length }));
    } catch (error) {
      setExporting(undefined);
      setExportError(error);
    } finally {
      setExportBusy(false);
    }
  };

  const working = state.status === 'searching';
  return (
    <section className={styles.root} aria-labelledby={`${statusId}-heading`}>
      <Title3 as="h2" id={`${statusId}-heading`}>
        {t('heading')}
      </Title3>
      <Text>{t('intro')}</Text>
      <form role="search" aria-label={t('form')} className={styles.form} onSubmit={submit}>
        <Field className={styles.wide} label={t('text')} hint={t('text.hint')}>
          <Input type="search" value={text} onChange={(_, data) => setText(data.value)} />
        </Field>
        <Field className={styles.narrow} label={t('year')}>
          <Dropdown className={styles.fill} value={year === ALL ? t('year.all') : year} selectedOptions={[year]} onOptionSelect={(_, data) => setYear(data.optionValue ?? ALL)}>
            <Option value={ALL}>{t('year.all')}</Option>
            {years.map((option) => (
              <Option key={option} value={String(option)}>
                {String(option)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field className={styles.narrow} label={t('committee')}>
          <Dropdown className={styles.fill} value={committeeId === ALL ? t('committee.all') : committeeName(committeeId)} selectedOptions={[committeeId]} onOptionSelect={(_, data) => setCommitteeId(data.optionValue ?? ALL)}>
            <Option value={ALL}>{t('committee.all')}</Option>
            {committees.map((committee) => (
              <Option key={committee.id} value={committee.id}>
                {committee.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field className={styles.narrow} label={t('kind')}>
          <Dropdown className={styles.fill} value={kind === ALL ? t('kind.all') : (kinds.get(kind) ?? kind)} selectedOptions={[kind]} onOptionSelect={(_, data) => setKind(data.optionValue ?? ALL)}>
            <Option value={ALL}>{t('kind.all')}</Option>
            {[...kinds].map(([id, label]) => (
              <Option key={id} value={id}>
                {label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field className={styles.narrow} label={t('caseNumber')} hint={t('caseNumber.hint')}>
          <Input value={caseNumber} onChange={(_, data) => setCaseNumber(data.value)} />
        </Field>
        {followUpStatuses ? <Checkbox label={t('followUp')} checked={onlyFollowUp} onChange={(_, data) => setOnlyFollowUp(data.checked === true)} /> : null}
        <Button type="submit" appearance="primary" icon={<SearchRegular />} disabled={working}>
          {t('search')}
        </Button>
      </form>
      <div role="status" aria-live="polite" id={statusId}>
        {working ? <LoadingSpinner size="small" label={t('searching')} /> : null}
        {state.status === 'ready' ? <Text>{state.hits.length === 0 ? t('none') : state.done ? t('count', { count: state.hits.length }) : t('count.more', { count: state.hits.length })}</Text> : null}
        {state.status === 'ready' && state.unknownFollowUps > 0 ? <Text block>{t('followUp.unknown', { count: state.unknownFollowUps })}</Text> : null}
      </div>
      {state.status === 'failed' ? <ErrorMessageBar error={state.error} /> : null}
      {state.status === 'ready' && state.hits.length > 0 ? (
        <div className={styles.row} role="group" aria-label={t('export')}>
          <Text weight="semibold">{t('export')}</Text>
          <Button icon={<ArrowDownloadRegular />} disabled={exportBusy} onClick={() => void runExport('csv')}>
            {t('export.csv')}
          </Button>
          <Button icon={<ArrowDownloadRegular />} disabled={exportBusy} onClick={() => void runExport('xlsx')}>
            {t('export.xlsx')}
          </Button>
          {exporting ? <Text role="status">{exporting}</Text> : null}
        </div>
      ) : null}
      {exportError !== undefined ? <ErrorMessageBar error={exportError} onDismiss={() => setExportError(undefined)} /> : null}
      {state.hits.length > 0 ? (
        <ol className={styles.list} aria-label={t('heading')}>
          {state.hits.map((hit) => (
            <li key={hit.itemId}>
              <Card className={styles.hit}>
                <Text as="h3" size={400} weight="semibold">
                  {hit.caseNumber ? t('hit.sak', { number: afterSakWord(hit.caseNumber) }) : t('hit.unnumbered')} {hit.title}
                </Text>
                <Text className={styles.muted}>
                  {meetingLabel(hit)}
                  {hit.meetingTitle ? ` – ${hit.meetingTitle}` : ''}
                </Text>
                <Text weight="semibold">{t('hit.conclusion')}</Text>
                <Text className={styles.conclusion}>{hit.conclusion}</Text>
                <div className={styles.links}>
                  {safeLinkUrl(hit.minutesUrl) ? (
                    <Link href={safeLinkUrl(hit.minutesUrl)} target="_blank" rel="noopener noreferrer">
                      {t('hit.minutes', hitWords(hit))}
                    </Link>
                  ) : (
                    <Text className={styles.muted}>{t('hit.noMinutes', hitWords(hit))}</Text>
                  )}
                  <Link href={sakHref(hit)}>{t('hit.open')}</Link>
                </div>
              </Card>
            </li>
          ))}
        </ol>
      ) : null}
      <div ref={sentinel} />
      {state.status === 'ready' && !state.done ? (
        <div>
          <Button onClick={() => void loadMore()} disabled={state.loadingMore}>
            {state.loadingMore ? t('loadingMore') : t('more')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
