import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors';
import './commonText';
import { describeError } from './describeError';
import './domainReasonText';
import { setLanguage, translate, type TextValues } from './i18n';
import type { CommonKey } from './messages';

const t = (key: CommonKey, values?: TextValues) => translate('common', key, values);
const APP = '11111111-2222-4333-8444-555555555555';
const SITE = 'contoso.sharepoint.com,3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b';
const values = { role: 'fullcontrol', appId: APP, siteId: SITE };
const shown = (key: 'siteAccess.notGranted' | 'siteAccess.tooSmall') => describeError(new DomainError('siteAccess', { key, values }), t).message;

afterEach(() => setLanguage('nb'));

describe('the app’s missing role on the site (Sites.Selected), told to the administrator in their language', () => {
  it('names the role Møtebok needs and the grant, with the app and the site, in bokmål, nynorsk and English', async () => {
    expect(shown('siteAccess.notGranted')).toMatch(/^Møtebok har ikke fått tilgang til dette SharePoint-området \(contoso\.sharepoint\.com,/);
    for (const text of [shown('siteAccess.notGranted'), shown('siteAccess.tooSmall')]) {
      expect(text).toContain('«fullcontrol»');
      expect(text).toContain(APP);
      expect(text).toContain(SITE);
    }
    expect(shown('siteAccess.notGranted')).toContain(`Grant-PnPAzureADAppSitePermission -AppId ${APP} -DisplayName Møtebok -Permissions FullControl`);
    expect(shown('siteAccess.notGranted')).toContain(`POST /sites/${SITE}/permissions med roles ["fullcontrol"]`);
    expect(shown('siteAccess.tooSmall')).toMatch(/^Møtebok har for liten tilgang til dette SharePoint-området/);
    await setLanguage('nn');
    expect(shown('siteAccess.notGranted')).toMatch(/^Møtebok har ikkje fått tilgang til dette SharePoint-området/);
    await setLanguage('en');
    expect(shown('siteAccess.notGranted')).toMatch(/^Møtebok has not been given access to this SharePoint site/);
    expect(shown('siteAccess.tooSmall')).toContain('needs the «fullcontrol» role');
  });
});
