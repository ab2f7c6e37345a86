// @vitest-environment jsdom
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { graphCall } from '../../graph/graphCall';
import { createSharePointRest } from '../../graph/sharePointRest';
import { roleIds } from '../../graph/sharePointRoles';
import { setLanguage, type AppLanguage } from './i18n';
import { MotebokProvider } from './MotebokProvider';
import { ErrorMessageBar } from './ErrorMessageBar';
import { wordingReady } from './describeError';

afterEach(async () => {
  cleanup();
  await setLanguage('nb');
});

const SITE = 'https://contoso.sharepoint.com/sites/helse';
/** SharePoint REST of a site that answers every request 200 with `body`. */
const answering = (body: unknown) => createSharePointRest(async () => SITE, { getToken: async () => 'token' }, async () => new Response(JSON.stringify(body), { status: 200 }));

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

/** The bar as a screen in `language` shows `error`, after the screens' `wordingReady`: its headline and its folded detail. */
async function shown(error: unknown, language: AppLanguage, locale: string): Promise<{ headline: string; detail: string | undefined }> {
  await setLanguage(language);
  await wordingReady(error);
  const host: HostContext = { host: 'teams', frameContext: 'content', locale, theme: 'default', onThemeChange: () => () => undefined };
  await act(async () => {
    render(
      <MotebokProvider host={host}>
        <ErrorMessageBar error={error} />
      </MotebokProvider>,
    );
  });
  const bar = await screen.findByRole('alert');
  const details = bar.querySelector('details');
  const detail = details?.querySelector('code')?.textContent ?? undefined;
  details?.remove();
  return { headline: bar.textContent ?? '', detail };
}

describe('an answer from Microsoft 365 that Møtebok cannot use, in the user’s language with the request kept as the detail', () => {
  it('says SharePoint’s unexpected body in nynorsk, the path and the schema’s issue only in the detail', async () => {
    const error = await caught(() => answering({ value: 'ikkje ei liste' }).get("web/lists/getbytitle('MotebokMeetings')", v.object({ value: v.array(v.unknown()) })));
    const { headline, detail } = await shown(error, 'nn', 'nn-NO');
    expect(headline).toBe('Noko gjekk galeMicrosoft 365 svara med noko Møtebok ikkje kjenner att. Prøv igjen; skjer det igjen, kontakt IT-støtte.');
    expect(headline).not.toMatch(/Uventet|MotebokMeetings|Invalid/);
    expect(detail).toMatch(/^unexpected answer from SharePoint to GET web\/lists\/getbytitle\('MotebokMeetings'\): value: Invalid type/);
  });

  it('says Graph’s unexpected body in English and in bokmål', async () => {
    const error = await caught(() => graphCall(v.looseObject({ id: v.string() }), async () => ({ id: 42 })));
    expect((await shown(error, 'en', 'en-GB')).headline).toBe('Something went wrongMicrosoft 365 answered with something Møtebok does not recognise. Try again; if it happens again, contact IT support.');
    cleanup();
    const bokmål = await shown(error, 'nb', 'nb-NO');
    expect(bokmål.headline).toBe('Noe gikk galtMicrosoft 365 svarte med noe Møtebok ikke kjenner igjen. Prøv igjen; skjer det igjen, kontakt IT-støtte.');
    expect(bokmål.detail).toBe('unexpected answer from Microsoft Graph: id: Invalid type: Expected string but received 42');
  });

  it('says a site without one of SharePoint’s built-in permission levels in nynorsk, naming the level only in the detail', async () => {
    const withoutRead = answering({ value: [{ Id: 1073741829, RoleTypeKind: 5 }, { Id: 1073741827, RoleTypeKind: 3 }] });
    const roleId = await roleIds(withoutRead);
    expect(roleId('manage')).toBe(1073741829);
    const error = await caught(async () => roleId('read'));
    const { headline, detail } = await shown(error, 'nn', 'nn-NO');
    expect(headline).toBe(
      'Noko gjekk galeSharePoint-området manglar eitt av dei innebygde tilgangsnivåa (Lese, Bidra eller Full kontroll), så Møtebok kan ikkje setje tilgangen. Be den som administrerer området, om å leggje det inn att.',
    );
    expect(detail).toBe('no permission level of RoleTypeKind 2 (for read) in web/roledefinitions');
  });
});
