import { describe, expect, it } from 'vitest';
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
