import { beforeEach, describe, expect, it, vi } from 'vitest';

/** teams-js's tab-settings calls, as Teams answers them on the settings page: Save runs the handler. */
const teams = vi.hoisted(() => ({
  onSave: undefined as ((event: { notifySuccess: () => void; notifyFailure: (reason?: string) => void }) => void) | undefined,
  setConfig: (_settings: unknown): Promise<void> => Promise.resolve(),
}));
vi.mock('@microsoft/teams-js', () => ({
  app: { isInitialized: () => true },
  pages: {
    config: {
      isSupported: () => true,
      setValidityState: () => undefined,
      registerOnSaveHandler: (handler: typeof teams.onSave) => (teams.onSave = handler),
      setConfig: (settings: unknown) => teams.setConfig(settings),
    },
  },
}));

const { onTabSave } = await import('./tabConfiguration');

/** Presses Teams' Save and answers what the page told Teams: `saved`, or the reason it failed. */
async function pressSave(): Promise<string> {
  return new Promise((answer) => teams.onSave?.({ notifySuccess: () => answer('saved'), notifyFailure: (reason) => answer(`failed: ${reason}`) }));
}

const settings = { contentUrl: 'https://motebok.example.no/workspace.html?committee=pm', entityId: 'motebok-pm', suggestedDisplayName: 'Møtebok – PM' };

describe("the tab's Save in Teams", () => {
  beforeEach(() => {
    teams.onSave = undefined;
    teams.setConfig = () => Promise.resolve();
  });

  it('tells Teams why it cannot save in the words the settings page gives, with no committee chosen', async () => {
    onTabSave(() => undefined, async (failure) => `worded ${failure.kind}`);
    expect(await pressSave()).toBe('failed: worded noCommittee');
  });

  it("hands the settings page teams-js's own line when Teams refuses the settings", async () => {
    teams.setConfig = () => Promise.reject(new Error('Invalid contentUrl'));
    onTabSave(() => settings, async (failure) => (failure.kind === 'notSaved' ? `worded ${failure.detail}` : failure.kind));
    expect(await pressSave()).toBe('failed: worded Invalid contentUrl');
  });

  it('still answers Teams, in a language-free line, when the words cannot be fetched', async () => {
    onTabSave(() => undefined, () => Promise.reject(new Error('chunk failed')));
    expect(await pressSave()).toBe('failed: Møtebok: noCommittee');
  });

  it('saves the chosen settings', async () => {
    const saved: unknown[] = [];
    teams.setConfig = async (chosen) => void saved.push(chosen);
    onTabSave(() => settings, async () => 'unused');
    expect(await pressSave()).toBe('saved');
    expect(saved).toEqual([settings]);
  });
});
