import { describe, expect, it } from 'vitest';
import { COMMITTEE_PRESET_IDS, committeePreset, type CommitteePresetId } from './committeePresets';
import { noticeHeading } from './noticeWord';

/** Each preset's body as a committee would name it, definite and indefinite, «… i <organisasjon>» (names made up for the test). */
const BODY: Record<CommitteePresetId, [string, string]> = {
  partnerskapsmote: ['Partnerskapsmøtet', 'Partnerskapsmøte'],
  samarbeidsutvalg: ['Samarbeidsutvalget', 'Samarbeidsutvalg'],
  kommunestyre: ['Kommunestyret', 'Kommunestyre'],
  rad: ['Eldrerådet', 'Eldreråd'],
  bydelsutvalg: ['Bydelsutvalget', 'Bydelsutvalg'],
  styringsgruppe: ['Styringsgruppen', 'Styringsgruppe'],
  regionrad: ['Regionrådet', 'Regionråd'],
  kontrollutvalg: ['Kontrollutvalget', 'Kontrollutvalg'],
  styre: ['Styret', 'Styre'],
  helseforetak: ['Styret', 'Styre'],
  universitet: ['Universitetsstyret', 'Universitetsstyre'],
  representantskap: ['Representantskapet', 'Representantskap'],
  menighetsrad: ['Menighetsrådet', 'Menighetsråd'],
  brukerutvalg: ['Brukerutvalget', 'Brukerutvalg'],
  aksjeselskap: ['Styret', 'Styre'],
  generalforsamling: ['Generalforsamlingen', 'Generalforsamling'],
  klagenemnd: ['Klagenemnda', 'Klagenemnd'],
  eigedomsskattenemnd: ['Sakkunnig nemnd', 'Sakkunnig nemnd'],
  arbeidsmiljoutvalg: ['Arbeidsmiljøutvalget', 'Arbeidsmiljøutvalg'],
  administrasjonsutvalg: ['Administrasjonsutvalget', 'Administrasjonsutvalg'],
  skoleutvalg: ['Samarbeidsutvalget', 'Samarbeidsutvalg'],
  arsmote: ['Årsmøtet', 'Årsmøte'],
  forskningsetikk: ['Komiteen', 'Komité'],
};

describe('the innkalling\'s heading reads as one phrase', () => {
  it('says «Innkalling til årsmøte i …», as a real innkalling does, for an årsmøte named definite or not, nb and nn', () => {
    const { conventions } = committeePreset('arsmote');
    for (const form of ['nb', 'nn'] as const) {
      expect(noticeHeading(conventions, form, 'Årsmøtet i Nordfjell idrettslag')).toBe('Innkalling til årsmøte i Nordfjell idrettslag');
      expect(noticeHeading(conventions, form, 'Årsmøte i Nordfjell idrettslag')).toBe('Innkalling til årsmøte i Nordfjell idrettslag');
      expect(noticeHeading(conventions, form, 'Generalforsamlingen i Fjordkraft AS')).toBe('Innkalling til generalforsamling i Fjordkraft AS');
    }
  });

  it('never puts a bare «Innkalling» before «<Body> i …», nor a meeting «i» a meeting, for any preset, definite or indefinite, nb and nn', () => {
    for (const id of COMMITTEE_PRESET_IDS) {
      const { conventions } = committeePreset(id);
      for (const body of BODY[id]) {
        for (const form of ['nb', 'nn'] as const) {
          const heading = noticeHeading(conventions, form, `${body} i Nordfjell`);
          expect(heading, `${id}: ${body}`).not.toMatch(/^Innkalling (?!til )/u);
          expect(heading, `${id}: ${body}`).not.toMatch(/møte i \p{L}*(?:møte|forsamling)/iu);
          expect(heading, `${id}: ${body}`).toMatch(/^(?:Innkalling til |Møteinnkalling (?:for )?)/u);
          expect(heading.endsWith(' i Nordfjell'), `${id}: ${body}`).toBe(true);
        }
      }
    }
  });

  it('keeps a name standing alone as a title after «Innkalling» (the seeds\' «Innkalling Partnerskapsmøtet»), after «Møteinnkalling» and after «Møteinnkalling for»', () => {
    expect(noticeHeading(undefined, 'nb', 'Partnerskapsmøtet')).toBe('Innkalling Partnerskapsmøtet');
    expect(noticeHeading(undefined, 'nb', 'Testnes eldreråd')).toBe('Innkalling Testnes eldreråd');
    expect(noticeHeading({ notice: 'moteinnkalling' }, 'nn', 'Eldrerådet i Nordfjell')).toBe('Møteinnkalling Eldrerådet i Nordfjell');
    // Hjartdal's «Møteinnkalling for Sakkunnig nemnd»: the body after «for» as typed, whatever its name holds.
    expect(noticeHeading({ notice: 'moteinnkallingFor' }, 'nn', 'Sakkunnig nemnd')).toBe('Møteinnkalling for Sakkunnig nemnd');
    expect(noticeHeading({ notice: 'moteinnkallingFor' }, 'nn', 'Årsmøtet i Nordfjell IL')).toBe('Møteinnkalling for Årsmøtet i Nordfjell IL');
    // «Innkalling til møte i» names a body, not a meeting: Hitra's «Eldres Råd» kept as typed.
    expect(noticeHeading({ notice: 'innkallingTilMote' }, 'nb', 'Eldres Råd')).toBe('Innkalling til møte i Eldres Råd');
    expect(noticeHeading({ notice: 'innkallingTilMote' }, 'nb', 'Partnerskapsmøtet')).toBe('Innkalling til partnerskapsmøte');
    // «Styret i Nordfjell IL» after «Innkalling»: a meeting of the body, its name as typed.
    expect(noticeHeading(undefined, 'nb', 'Styret i Nordfjell IL')).toBe('Innkalling til møte i Styret i Nordfjell IL');
    expect(noticeHeading(undefined, 'nb', 'SU i Prøvestad')).toBe('Innkalling til møte i SU i Prøvestad');
    expect(noticeHeading(undefined, 'nn', 'Styret ved Høgskulen i Nordfjell')).toBe('Innkalling til møte i Styret ved Høgskulen i Nordfjell');
    expect(noticeHeading(undefined, 'nb', 'Tilsettingsrådet for grunnskolen')).toBe('Innkalling til møte i Tilsettingsrådet for grunnskolen');
  });
});
