import { describe, expect, it } from 'vitest';
import { legacyContext, personalTabContext, substituteUrlPlaceholders } from './teamsHostProtocol';

const user = { objectId: 'oid-1', upn: 'kari.referent@example.no', displayName: 'Kari' };
const sidePanel = legacyContext({ frameContext: 'sidePanel', locale: 'nn-NO', theme: 'dark', sessionId: 's', entityId: 'motebok-pm', meetingId: 'MCMxOTptZWV0aW5n', chatId: '19:meeting_x@thread.v2', tenantId: 'tid-1', user });

describe('a tab URL as Teams opens it (the simulators\' imitation of «Get context by inserting URL placeholder values»)', () => {
  it('replaces the v2 names and their v1 synonyms with the context\'s values, the docs\' example included', () => {
    expect(substituteUrlPlaceholders('/c?name={user.loginHint}&tenant={user.tenant.id}&theme={app.theme}', sidePanel)).toBe('/c?name=kari.referent%40example.no&tenant=tid-1&theme=dark');
    const url = new URL(substituteUrlPlaceholders('https://a.example/w.html?committee=pm&meetingId={meetingId}&chatId={chat.id}&locale={locale}&theme={theme}&upn={upn}&frame={page.frameContext}', sidePanel));
    expect(Object.fromEntries(url.searchParams)).toEqual({ committee: 'pm', meetingId: 'MCMxOTptZWV0aW5n', chatId: '19:meeting_x@thread.v2', locale: 'nn-NO', theme: 'dark', upn: 'kari.referent@example.no', frame: 'sidePanel' });
  });

  it('gives a field the context lacks as empty (a personal tab is in no meeting) and leaves braces that name no field', () => {
    const personal = personalTabContext({ locale: 'nb-NO', theme: 'default', sessionId: 's', entityId: 'motebok-workspace', user });
    expect(substituteUrlPlaceholders('/w.html?meetingId={meeting.id}&id={page.id}&x={notAField}', personal)).toBe('/w.html?meetingId=&id=motebok-workspace&x={notAField}');
  });
});
