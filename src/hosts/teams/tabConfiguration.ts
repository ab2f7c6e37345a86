import { app, pages } from '@microsoft/teams-js';

export interface TabSettings {
  /** Full https URL of the workspace page the tab shows. */
  contentUrl: string;
  /** Stable id of the tab instance: the committee (and meeting) it is bound to. */
  entityId: string;
  suggestedDisplayName: string;
  websiteUrl?: string;
}

/**
 * The configurable tab's settings page (channel or meeting tab). Teams shows its own Save button;
 * we tell it when the choice is valid and hand it the settings when it is pressed. Outside Teams
 * (plain browser) there is nothing to save to, and `isTabConfigurationSupported()` says so.
 */
export function isTabConfigurationSupported(): boolean {
  return app.isInitialized() && pages.config.isSupported();
}

export function setTabSettingsValid(valid: boolean): void {
  if (isTabConfigurationSupported()) pages.config.setValidityState(valid);
}

/**
 * Why Teams' Save could not add the tab, as data: the settings page words it in the user's language
 * (`detail` is teams-js's own line). Teams shows the reason given to `notifyFailure`.
 */
export type TabSaveFailure = { kind: 'noCommittee' } | { kind: 'notSaved'; detail: string };

/**
 * Registers the save handler; `getSettings` is read when the user presses Save in Teams, and
 * `describe` words a failure (it may fetch its words: Teams waits for the answer).
 */
export function onTabSave(getSettings: () => TabSettings | undefined, describe: (failure: TabSaveFailure) => Promise<string>): void {
  if (!isTabConfigurationSupported()) return;
  pages.config.registerOnSaveHandler((saveEvent) => {
    const fail = (failure: TabSaveFailure) =>
      void describe(failure)
        // Words that could not be fetched: a language-free line rather than no answer to Teams.
        .catch(() => `Møtebok: ${failure.kind}`)
        .then((reason) => saveEvent.notifyFailure(reason));
    const settings = getSettings();
    if (!settings) {
      fail({ kind: 'noCommittee' });
      return;
    }
    pages.config
      .setConfig(settings)
      .then(() => saveEvent.notifySuccess())
      .catch((error: unknown) => fail({ kind: 'notSaved', detail: error instanceof Error ? error.message : String(error) }));
  });
}
