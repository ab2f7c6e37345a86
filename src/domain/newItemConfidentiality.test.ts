import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CommitteeConfidentialitySchema } from './confidentialitySchemas';
import { newItemConfidentiality, withNewItems } from './newItemConfidentiality';

const CLOSED = 'koml. § 11-5 andre ledd bokstav a';

describe('newItemConfidentiality', () => {
  it('leaves a new sak open when the committee set nothing for new saker', () => {
    expect(newItemConfidentiality({ confidentiality: undefined })).toBeUndefined();
    expect(newItemConfidentiality({ confidentiality: { substitutesMaySee: true } })).toBeUndefined();
  });

  it('marks a new sak exempt with the hjemmel the committee chose, or with none yet when it chose none', () => {
    expect(newItemConfidentiality({ confidentiality: { newItems: { exempt: { basis: 'offl. § 25 første ledd' } } } })).toEqual({ exempt: { basis: 'offl. § 25 første ledd' } });
    expect(newItemConfidentiality({ confidentiality: { newItems: { exempt: {} } } })).toEqual({ exempt: {} });
  });

  it('puts a new sak in a lukket møte only by a hjemmel still among the committee’s own, and never when its meetings are not public', () => {
    const closedMeeting = { basis: CLOSED };
    expect(newItemConfidentiality({ confidentiality: { closedMeetingBases: [CLOSED], newItems: { closedMeeting } } })).toEqual({ closedMeeting });
    expect(newItemConfidentiality({ confidentiality: { closedMeetingBases: ['koml. § 11-5 tredje ledd'], newItems: { closedMeeting } } })).toBeUndefined();
    expect(newItemConfidentiality({ confidentiality: { closedMeetingBases: [CLOSED], publicMeetings: false, newItems: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' }, closedMeeting } } })).toEqual({
      exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
    });
  });
});

describe('withNewItems', () => {
  it('stores the default for new saker beside the rest of the rule, trimmed, and nothing when it is taken away', () => {
    const rule = withNewItems({ substitutesMaySee: true }, { exempt: { basis: ' offl. § 25 første ledd ' } });
    expect(rule).toEqual({ substitutesMaySee: true, newItems: { exempt: { basis: 'offl. § 25 første ledd' } } });
    const closed = withNewItems(rule, { closedMeetingBasis: CLOSED });
    expect(closed?.newItems).toEqual({ exempt: { basis: 'offl. § 25 første ledd' }, closedMeeting: { basis: CLOSED } });
    expect(withNewItems(withNewItems(closed, { exempt: undefined }), { closedMeetingBasis: undefined })).toEqual({ substitutesMaySee: true });
    expect(withNewItems(undefined, { exempt: { basis: '  ' } })).toEqual({ newItems: { exempt: {} } });
    expect(withNewItems({ newItems: { exempt: {} } }, { exempt: undefined })).toBeUndefined();
  });
});

describe('«Vedtaket er offentlig» for new exempt saker (a tilsettingsråd: offl. § 25, Lovavdelinga 2013)', () => {
  const exempt = { substitutesMaySee: true, newItems: { exempt: { basis: 'offl. § 25 første ledd' } } };

  it('lets the committee say the vedtak of its new exempt saker is public, and a new sak starts so', () => {
    const rule = withNewItems(exempt, { decisionPublic: true });
    expect(rule).toEqual({ substitutesMaySee: true, newItems: { exempt: { basis: 'offl. § 25 første ledd', decisionPublic: true } } });
    expect(newItemConfidentiality({ confidentiality: rule })).toEqual({ exempt: { basis: 'offl. § 25 første ledd', decisionPublic: true } });
    expect(withNewItems(rule, { decisionPublic: false })).toEqual(exempt);
  });

  it('keeps it while the hjemmel is typed, drops it with the exemption, and says nothing of it for saker not exempt', () => {
    const rule = withNewItems(exempt, { decisionPublic: true });
    expect(withNewItems(rule, { exempt: { basis: 'offl. § 25 første ledd, ' } })?.newItems?.exempt).toEqual({ basis: 'offl. § 25 første ledd,', decisionPublic: true });
    expect(withNewItems(rule, { exempt: undefined })).toEqual({ substitutesMaySee: true });
    expect(withNewItems({ substitutesMaySee: true }, { decisionPublic: true })).toEqual({ substitutesMaySee: true });
  });

  it('is stored in the strict settings schema: a boolean, and no unknown field beside it', () => {
    const parse = (newItems: unknown) => v.safeParse(CommitteeConfidentialitySchema, { newItems }).success;
    expect(parse({ exempt: { basis: 'offl. § 25 første ledd', decisionPublic: true } })).toBe(true);
    expect(parse({ exempt: { decisionPublic: 'ja' } })).toBe(false);
    expect(parse({ exempt: { decisionPublik: true } })).toBe(false);
    expect(parse({ decisionPublic: true })).toBe(false);
  });
});
