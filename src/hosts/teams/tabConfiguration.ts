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

/** Registers the save handler; `getSettings` is read when the user presses Save in Teams. */
export function onTabSave(getSettings: () => TabSettings | undefined): void {
  if (!isTabConfigurationSupported()) return;
  pages.config.registerOnSaveHandler((saveEvent) => {
    const settings = getSettings();
    if (!settings) {
      saveEvent.notifyFailure('Velg et møteorgan først');
      return;
    }
    pages.config
      .setConfig(settings)
      .then(() => saveEvent.notifySuccess())
      .catch((error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)));
  });
}
