// What a production build does with a catalogue text its loader (tools/catalogueSplitLoader.mjs) did not
// compile: i18n.ts has no ICU compiler there, so it says so and shows the text without ICU syntax.
import { afterEach, describe, expect, it, vi } from 'vitest';

/** i18n.ts as a production build evaluates it: NODE_ENV is read when the module loads. */
async function productionI18n(): Promise<typeof import('./i18n')> {
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  return import('./i18n');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const uncompiled = {
  open: 'Åpne {name} i SharePoint',
  sent: 'Sendt til {count, plural, one {# mottaker} other {# mottakere}}',
  quoted: "Det er ''{name}'' sin sak",
  plain: 'Lagret',
};

describe('a catalogue the build did not compile, in production', () => {
  it('shows no raw ICU syntax: arguments filled in, a plural in its other form', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { registerMessages, translate } = await productionI18n();
    registerMessages('missed', { nb: uncompiled, nn: uncompiled, en: uncompiled });
    expect(translate('missed', 'open', { name: 'Styremøte' })).toBe('Åpne Styremøte i SharePoint');
    expect(translate('missed', 'sent', { count: 3 })).toBe('Sendt til 3 mottakere');
    expect(translate('missed', 'quoted', { name: 'Kari' })).toBe("Det er 'Kari' sin sak");
    expect(translate('missed', 'plain')).toBe('Lagret');
  });

  it('reports each uncompiled text once, naming its key, and says nothing of plain text', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { registerMessages, setLanguage, translate } = await productionI18n();
    registerMessages('missed', { nb: uncompiled, nn: uncompiled, en: uncompiled });
    await setLanguage('nn');
    translate('missed', 'open', { name: 'x' });
    const reported = error.mock.calls.map((call) => String(call[0]));
    expect(reported.filter((line) => line.includes('missed:open'))).toHaveLength(1);
    expect(reported.filter((line) => line.includes('missed:sent'))).toHaveLength(1);
    expect(reported.filter((line) => line.includes('missed:plain'))).toEqual([]);
  });

  it('runs texts the build compiled as they are, without a report', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { registerMessages, translate } = await productionI18n();
    const built = { open: ['Åpne ', ['name'], ' i SharePoint'] } as unknown as Record<'open', string>;
    registerMessages('built', { nb: built, nn: built, en: built });
    expect(translate('built', 'open', { name: 'Styremøte' })).toBe('Åpne Styremøte i SharePoint');
    expect(error).not.toHaveBeenCalled();
  });
});
