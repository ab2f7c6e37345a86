import { describe, expect, it } from 'vitest';
import { workspaceTabSettings } from './TabConfigApp';

describe('workspaceTabSettings', () => {
  it("binds the tab to the committee through the workspace URL, escaping the id; Teams' placeholders in the content URL only", () => {
    const settings = workspaceTabSettings('https://motebok.example.no', { id: 'pm & co', name: 'Partnerskapsmøtet' }, 'Møtebok – Partnerskapsmøtet');
    expect(settings).toEqual({
      contentUrl: 'https://motebok.example.no/workspace.html?committee=pm%20%26%20co&frameContext={page.frameContext}&locale={app.locale}&theme={app.theme}',
      websiteUrl: 'https://motebok.example.no/workspace.html?committee=pm%20%26%20co',
      entityId: 'motebok-pm & co',
      suggestedDisplayName: 'Møtebok – Partnerskapsmøtet',
    });
  });
});
