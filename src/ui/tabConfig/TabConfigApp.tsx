import { useEffect, useRef, useState } from 'react';
import { Dropdown, Field, Link, Option, Text, Title2, makeStyles } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { TAB_URL_PLACEHOLDERS } from '../../hosts/teams/routing';
import { isTabConfigurationSupported, onTabSave, setTabSettingsValid, type TabSaveFailure, type TabSettings } from '../../hosts/teams/tabConfiguration';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { defineNamespace } from '../shared/i18n';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useServices } from '../shared/ServicesContext';
import { useCommittees } from '../workspace/useWorkspaceData';
import { tabConfigMessages } from './messages';

const useTabConfigText = defineNamespace('tabConfig', tabConfigMessages);

const useStyles = makeStyles({
  root: { padding: '24px', display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '560px' },
});

/** The workspace page bound to one committee: what the channel or meeting tab shows (the website URL, opened in a browser, without placeholders). */
export function workspaceTabSettings(origin: string, committee: { id: string; name: string }, tabName: string): TabSettings {
  const websiteUrl = `${origin}/workspace.html?committee=${encodeURIComponent(committee.id)}`;
  return { contentUrl: `${websiteUrl}&${TAB_URL_PLACEHOLDERS}`, websiteUrl, entityId: `motebok-${committee.id}`, suggestedDisplayName: tabName };
}

/** Why Save failed, in the user's language: its words are fetched only then. */
async function describeSaveFailure(failure: TabSaveFailure): Promise<string> {
  const { tabSaveFailureText } = await import(/* webpackChunkName: "tab-save-failure-text" */ './saveFailureText');
  return tabSaveFailureText(failure);
}

/** The configurable tab's settings page: choose the committee, Teams' own Save adds the tab. */
export function TabConfigApp() {
  const t = useTabConfigText();
  const styles = useStyles();
  const { repository } = useServices();
  const { committees } = useCommittees(repository);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const settings = useRef<TabSettings | undefined>(undefined);
  const inTeams = isTabConfigurationSupported();

  useEffect(() => {
    onTabSave(() => settings.current, describeSaveFailure);
  }, []);

  const list = committees.status === 'ready' ? committees.value.map((entry) => entry.value) : [];
  const committee = list.find((candidate) => candidate.id === chosen);
  useEffect(() => {
    settings.current = committee ? workspaceTabSettings(window.location.origin, committee, t('tabName', { committee: committee.name })) : undefined;
    setTabSettingsValid(committee !== undefined);
  }, [committee, t]);

  return (
    <main id={MAIN_CONTENT_ID} className={styles.root}>
      <Title2 as="h1">{t('title')}</Title2>
      <Text>{t('intro')}</Text>
      {committees.status === 'loading' ? <LoadingSpinner size="small" label={t('loading')} /> : null}
      {committees.status === 'failed' ? <ErrorMessageBar error={committees.error} /> : null}
      {committees.status === 'ready' && list.length === 0 ? <Text>{t('none')}</Text> : null}
      {list.length > 0 ? (
        <Field label={t('committee')}>
          <Dropdown placeholder={t('choose')} value={committee?.name ?? ''} selectedOptions={chosen ? [chosen] : []} onOptionSelect={(_, data) => setChosen(data.optionValue)}>
            {list.map((candidate) => (
              <Option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      {committee && inTeams ? <Text role="status">{t('ready')}</Text> : null}
      {!inTeams ? (
        <Text>
          {t('notInTeams')} <Link href={committee ? workspaceTabSettings(window.location.origin, committee, '').websiteUrl : '/workspace.html'}>{t('openWorkspace')}</Link>
        </Text>
      ) : null}
    </main>
  );
}
