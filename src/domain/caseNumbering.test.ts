import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fixedRowsInPlace, exampleCaseNumber, formatCaseNumber, formatFromPadding, nextCaseNumber, parseCaseNumber, readCaseNumber, renumberItems, withCurrentNumberFormat } from './caseNumbering';
import { seriesChoice } from './seriesChoice';
import { DomainError } from './errors';
import { aClosingRow, aCommittee, aMeeting, anItem, idsOf, numbersOf } from './testing/builders';
import { CaseNumberSchema, type Meeting } from './model';
import { ConventionsSchema } from './conventions';

const committee = aCommittee();
const cn = (text: string) => v.parse(CaseNumberSchema, text);

describe('parseCaseNumber', () => {
  it('reads padded and unpadded case numbers', () => {
    expect(parseCaseNumber('2026.03')).toEqual({ year: 2026, serial: 3 });
    expect(parseCaseNumber('2024.1')).toEqual({ year: 2024, serial: 1 });
    expect(parseCaseNumber(' 2025.08 ')).toEqual({ year: 2025, serial: 8 });
  });

  it.each(['2026-3', '26.01', '2026.', '.03', '2026.03.1', '2026/07', 'sak 2026.03', '', '2026.00', '2026.12345'])(
    'refuses "%s", the rule as data naming the text and the format',
    (text) => {
      expect(() => parseCaseNumber(text)).toThrow(DomainError);
      try {
        parseCaseNumber(text);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('malformedCaseNumber');
        expect((error as DomainError).rule).toEqual({ code: 'malformedCaseNumber', field: 'caseNumber', text, format: '{YYYY}.{N}', example: '2026.3' });
      }
    },
  );
});

describe('formatCaseNumber', () => {
  it('pads the serial to the width of its code', () => {
    expect(formatCaseNumber(2026, 3, '{YYYY}.{NN}')).toBe('2026.03');
    expect(formatCaseNumber(2026, 12, '{YYYY}.{NN}')).toBe('2026.12');
    expect(formatCaseNumber(2026, 123, '{YYYY}.{NN}')).toBe('2026.123');
    expect(formatCaseNumber(2026, 3, '{YYYY}.{NNN}')).toBe('2026.003');
  });

  it('writes 2024.1 when the committee does not pad', () => {
    expect(formatCaseNumber(2024, 1, '{YYYY}.{N}')).toBe('2024.1');
  });

  it.each([
    ['{YYYY}/{N}', 2014, 15, '2014/15'],
    ['Sak {NN}-{YY}', 2021, 1, 'Sak 01-21'],
    ['{N}/{YY}', 2022, 1, '1/22'],
    ['{NN}/{YY}', 2009, 33, '33/09'],
    ['PS {NN}/{YY}', 2024, 12, 'PS 12/24'],
  ])('writes the format %s as real committees do, and reads it back', (format, year, serial, text) => {
    expect(formatCaseNumber(year, serial, format)).toBe(text);
    expect(parseCaseNumber(text, format, year)).toEqual({ year, serial });
  });

  it('takes the century of a two-digit year, and a missing year, from the meeting', () => {
    expect(parseCaseNumber('Sak 03-26', 'Sak {NN}-{YY}', 2026)).toEqual({ year: 2026, serial: 3 });
    expect(parseCaseNumber('Sak 7', 'Sak {N}', 2025)).toEqual({ year: 2025, serial: 7 });
    expect(() => parseCaseNumber('Sak 7', 'Sak {N}')).toThrow(DomainError);
    expect(() => parseCaseNumber('Sak 03-26', '{YYYY}.{NN}', 2026)).toThrow(
      expect.objectContaining({ rule: { code: 'malformedCaseNumber', field: 'caseNumber', text: 'Sak 03-26', format: '{YYYY}.{NN}', example: '2026.03' } }),
    );
  });

  it('refuses serials and years that cannot be written as a case number', () => {
    expect(() => formatCaseNumber(2026, 0, '{YYYY}.{NN}')).toThrow(DomainError);
    expect(() => formatCaseNumber(2026, 10000, '{YYYY}.{NN}')).toThrow(
      expect.objectContaining({ code: 'caseNumberOutOfRange', rule: { code: 'caseNumberOutOfRange', field: 'caseNumber', part: 'serial', value: 10000, max: 9999 } }),
    );
    expect(() => formatCaseNumber(26, 1, '{YYYY}.{NN}')).toThrow(
      expect.objectContaining({ rule: { code: 'caseNumberOutOfRange', field: 'caseNumber', part: 'year', value: 26, max: 9999 } }),
    );
    expect(() => formatCaseNumber(2026, 1.5, '{YYYY}.{NN}')).toThrow(DomainError);
  });
});

describe('nextCaseNumber', () => {
  it('starts the year at 01', () => {
    expect(nextCaseNumber(committee, 2026, [])).toBe('2026.01');
  });

  it('continues after the highest number used by any meeting of the committee that year', () => {
    const spring = aMeeting({ id: 'spring', date: '2026-03-01', items: [anItem('a', { caseNumber: cn('2026.01') }), anItem('b', { caseNumber: cn('2026.02') })] });
    const summer = aMeeting({ id: 'summer', date: '2026-06-11', items: [anItem('c', { caseNumber: cn('2026.03') }), aClosingRow()] });
    expect(nextCaseNumber(committee, 2026, [spring, summer])).toBe('2026.04');
  });

  it('ignores other years and other committees', () => {
    const lastYear = aMeeting({ id: 'y25', date: '2025-06-05', items: [anItem('a', { caseNumber: cn('2025.08') })] });
    const otherCommittee = aMeeting({ id: 'ssu', committeeId: 'ssu', items: [anItem('b', { caseNumber: cn('2026.09') })] });
    expect(nextCaseNumber(committee, 2026, [lastYear, otherCommittee])).toBe('2026.01');
  });

  it('never refills a gap left by a number people may already have seen', () => {
    const meeting = aMeeting({ items: [anItem('a', { caseNumber: cn('2026.01') }), anItem('c', { caseNumber: cn('2026.03') })] });
    expect(nextCaseNumber(committee, 2026, [meeting])).toBe('2026.04');
  });

  it('reads unpadded numbers of earlier years and continues them with the current padding', () => {
    const old = aMeeting({ items: [anItem('a', { caseNumber: cn('2026.1') }), anItem('b', { caseNumber: cn('2026.2') })] });
    expect(nextCaseNumber(committee, 2026, [old])).toBe('2026.03');
    expect(nextCaseNumber(aCommittee({ caseNumberFormat: '{YYYY}.{N}' }), 2026, [old])).toBe('2026.3');
  });
});

describe('renumberItems', () => {
  const draft = aMeeting({ items: [anItem('a'), anItem('b'), aClosingRow(), anItem('c')] });

  it('numbers a draft in agenda order from 01 and keeps the closing row last without a number', () => {
    const numbered = renumberItems(draft, committee, []);
    expect(idsOf(numbered)).toEqual(['a', 'b', 'c', 'closing']);
    expect(numbersOf(numbered)).toEqual(['2026.01', '2026.02', '2026.03', null]);
  });

  it('skips unnumbered rows and section headings wherever they stand, in a draft and after the notice', () => {
    const shaped = aMeeting({
      items: [
        anItem('approval', { row: 'unnumbered', title: 'Godkjenning av innkalling' }),
        anItem('h1', { row: 'heading', title: 'Saker til behandling' }),
        anItem('a'),
        anItem('h2', { row: 'heading', title: 'Orienteringssaker' }),
        anItem('b'),
        anItem('eventuelt', { row: 'unnumbered', title: 'Eventuelt' }),
        aClosingRow(),
      ],
    });
    const numbered = renumberItems(shaped, committee, []);
    expect(numbersOf(numbered)).toEqual([null, null, '2026.01', null, '2026.02', null, null]);
    const sent = { ...numbered, status: 'noticeSent' as const, items: [...numbered.items.slice(0, 5), anItem('late', { caseNumber: null }), ...numbered.items.slice(5)] };
    expect(numbersOf(renumberItems(sent, committee, []))).toEqual([null, null, '2026.01', null, '2026.02', '2026.03', null, null]);
  });

  it('renumbers open items when one is moved before the notice is sent', () => {
    const numbered = renumberItems(draft, committee, []);
    const [a, b, c, closing] = numbered.items;
    const moved = renumberItems({ ...numbered, items: [c!, a!, b!, closing!] }, committee, []);
    expect(idsOf(moved)).toEqual(['c', 'a', 'b', 'closing']);
    expect(numbersOf(moved)).toEqual(['2026.01', '2026.02', '2026.03', null]);
  });

  it('starts a draft after the numbers an earlier meeting of the year used, and leaves that meeting alone', () => {
    const spring = aMeeting({ id: 'spring', date: '2026-03-01', status: 'held', items: [anItem('x', { caseNumber: cn('2026.01') }), anItem('y', { caseNumber: cn('2026.02') })] });
    const numbered = renumberItems(draft, committee, [spring]);
    expect(numbersOf(numbered)).toEqual(['2026.03', '2026.04', '2026.05', null]);
    expect(numbersOf(spring)).toEqual(['2026.01', '2026.02']);
  });

  it('keeps a draft\'s numbers when a later draft of the same year already has the next ones', () => {
    const march = renumberItems(aMeeting({ id: 'march', date: '2026-03-05', items: [anItem('a'), anItem('b'), aClosingRow()] }), committee, []);
    const may = renumberItems(aMeeting({ id: 'may', date: '2026-05-07', items: [anItem('x'), anItem('y')] }), committee, [march]);
    expect(numbersOf(may)).toEqual(['2026.03', '2026.04']);
    const grown = renumberItems({ ...march, items: [...march.items, anItem('c')] }, committee, [march, may]);
    expect(idsOf(grown)).toEqual(['a', 'b', 'c', 'closing']);
    expect(numbersOf(grown)).toEqual(['2026.01', '2026.02', '2026.05', null]);
  });

  it('lets a later draft close up behind an earlier meeting when that one shrinks', () => {
    const march = renumberItems(aMeeting({ id: 'march', date: '2026-03-05', status: 'noticeSent', items: [anItem('a', { caseNumber: cn('2026.01') })] }), committee, []);
    const may = renumberItems(aMeeting({ id: 'may', date: '2026-05-07', items: [anItem('x', { caseNumber: cn('2026.07') }), anItem('y')] }), committee, [march]);
    expect(numbersOf(may)).toEqual(['2026.02', '2026.03']);
  });

  it('settles two drafts on the same day instead of letting them leapfrog each other', () => {
    let a = renumberItems(aMeeting({ id: 'a', items: [anItem('a1'), anItem('a2')] }), committee, []);
    let b = renumberItems(aMeeting({ id: 'b', items: [anItem('b1')] }), committee, [a]);
    for (let round = 0; round < 3; round += 1) {
      a = renumberItems(a, committee, [b]);
      b = renumberItems(b, committee, [a]);
    }
    expect(numbersOf(a)).toEqual(['2026.01', '2026.02']);
    expect(numbersOf(b)).toEqual(['2026.03']);
  });

  it('ignores its own old numbers when the meeting is passed among the others', () => {
    const numbered = renumberItems(draft, committee, []);
    const again = renumberItems({ ...numbered, items: numbered.items.filter((item) => item.id !== 'a') }, committee, [numbered]);
    expect(numbersOf(again)).toEqual(['2026.01', '2026.02', null]);
  });

  it('freezes numbers once the notice is sent: moving an item does not renumber', () => {
    const sent = { ...renumberItems(draft, committee, []), status: 'noticeSent' as const };
    const [a, b, c, closing] = sent.items;
    const reordered = renumberItems({ ...sent, items: [c!, a!, b!, closing!] }, committee, []);
    expect(numbersOf(reordered)).toEqual(['2026.03', '2026.01', '2026.02', null]);
  });

  it('gives an item added after the notice the next free number of the year', () => {
    const sent = { ...renumberItems(draft, committee, []), status: 'noticeSent' as const };
    const items = [...sent.items.slice(0, 3), anItem('late'), sent.items[3]!];
    const numbered = renumberItems({ ...sent, items }, committee, []);
    expect(numbersOf(numbered)).toEqual(['2026.01', '2026.02', '2026.03', '2026.04', null]);
  });

  it('does not hand out a number another meeting of the year already used, even after the notice', () => {
    const sent = { ...renumberItems(draft, committee, []), status: 'noticeSent' as const };
    const autumn = aMeeting({ id: 'autumn', date: '2026-11-01', items: [anItem('z', { caseNumber: cn('2026.04') })] });
    const numbered = renumberItems({ ...sent, items: [anItem('late'), ...sent.items] }, committee, [autumn]);
    expect(numbersOf(numbered)).toEqual(['2026.05', '2026.01', '2026.02', '2026.03', null]);
  });

  it('uses the year of the meeting date', () => {
    const numbered = renumberItems(aMeeting({ date: '2027-01-10', items: [anItem('a')] }), committee, []);
    expect(numbersOf(numbered)).toEqual(['2027.01']);
  });

  it('does not change the meeting it was given', () => {
    const before = JSON.stringify(draft);
    renumberItems(draft, committee, []);
    expect(JSON.stringify(draft)).toBe(before);
  });
});

describe('fixedRowsInPlace', () => {
  it('keeps the order of the other rows', () => {
    expect(fixedRowsInPlace([aClosingRow('z'), anItem('a'), anItem('b')]).map((item) => item.id)).toEqual(['a', 'b', 'z']);
  });

  it('puts the opening row first', () => {
    expect(fixedRowsInPlace([anItem('a'), aClosingRow('z'), anItem('open', { opening: true }), anItem('b')]).map((item) => item.id)).toEqual(['open', 'a', 'b', 'z']);
  });
});

describe('per-committee formats', () => {
  it('turns the old padding into a format that writes the same numbers', () => {
    expect(formatFromPadding(2)).toBe('{YYYY}.{NN}');
    expect(formatFromPadding(0)).toBe('{YYYY}.{N}');
    expect(formatFromPadding(1)).toBe('{YYYY}.{N}');
    expect(formatFromPadding(4)).toBe('{YYYY}.{NNNN}');
    expect(formatCaseNumber(2026, 3, formatFromPadding(2))).toBe('2026.03');
  });

  it('gives the settings form an example, or none while the format is not valid', () => {
    expect(exampleCaseNumber('Sak {NN}-{YY}', 2026, 3)).toBe('Sak 03-26');
    expect(exampleCaseNumber('Sak {YY}', 2026, 3)).toBeUndefined();
  });

  it('restarts the serial in each meeting when the committee says so, and runs through the year otherwise', () => {
    const spring = renumberItems(aMeeting({ id: 'spring', date: '2026-02-01', status: 'held', items: [anItem('s1'), anItem('s2')] }), committee, []);
    const draft = aMeeting({ items: [anItem('a'), anItem('b'), aClosingRow()] });
    expect(numbersOf(renumberItems(draft, committee, [spring]))).toEqual(['2026.03', '2026.04', null]);
    const perMeeting = aCommittee({ caseNumberFormat: 'Sak {N}', caseNumberSerial: 'perMeeting' });
    expect(numbersOf(renumberItems(draft, perMeeting, [spring]))).toEqual(['Sak 1', 'Sak 2', null]);
  });

  it('counts numbers written before a format change when it continues the year', () => {
    const spring = aMeeting({ id: 'spring', date: '2026-02-01', status: 'held', items: [anItem('s1', { caseNumber: cn('2026.01') }), anItem('s2', { caseNumber: cn('2026.02') })] });
    const sak = aCommittee({ caseNumberFormat: 'Sak {NN}-{YY}' });
    expect(numbersOf(renumberItems(aMeeting({ items: [anItem('a')] }), sak, [spring]))).toEqual(['Sak 03-26']);
  });

  it('rewrites a draft\'s numbers in a new format, year and serial kept, and leaves a sent meeting as sent', () => {
    const draft = aMeeting({ items: [anItem('a', { caseNumber: cn('2026.05') }), aClosingRow()] });
    const sak = aCommittee({ caseNumberFormat: 'Sak {NN}-{YY}' });
    expect(numbersOf(withCurrentNumberFormat(draft, sak))).toEqual(['Sak 05-26', null]);
    const sent = { ...draft, status: 'noticeSent' as const };
    expect(withCurrentNumberFormat(sent, sak)).toBe(sent);
  });
});

describe('numbering series of their own (a kommunestyre: PS for politiske saker, RS for referatsaker)', () => {
  const kommunestyre = aCommittee({
    caseNumberFormat: 'PS {N}/{YY}',
    conventions: v.parse(ConventionsSchema, {
      itemKinds: [
        { id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' },
        { id: 'Referatsaker', nb: 'Referatsaker', nn: 'Referatsaker', caseNumberFormat: 'RS {N}/{YY}' },
        { id: 'Delegerte vedtak', nb: 'Delegerte vedtak', nn: 'Delegerte vedtak', caseNumberFormat: 'DS {N}/{YY}' },
      ],
    }),
  });
  const ps = (id: string) => anItem(id, { kinds: ['Vedtakssak'] });
  const rs = (id: string) => anItem(id, { kinds: ['Referatsaker'] });
  const ds = (id: string) => anItem(id, { kinds: ['Delegerte vedtak'] });

  it('numbers a sak of two kinds with series of their own in the first of the committee\'s kinds, however ticked, and says so', () => {
    const both = (id: string, kinds: string[]) => anItem(id, { kinds });
    const draft = aMeeting({ items: [both('a', ['Delegerte vedtak', 'Referatsaker']), both('b', ['Referatsaker', 'Delegerte vedtak']), aClosingRow()] });
    expect(numbersOf(renumberItems(draft, kommunestyre, []))).toEqual(['RS 1/26', 'RS 2/26', null]);
    expect(seriesChoice(both('a', ['Delegerte vedtak', 'Referatsaker', 'Vedtakssak']), kommunestyre)).toEqual({ chosen: 'Referatsaker', format: 'RS {N}/{YY}', passedOver: ['Delegerte vedtak'] });
    expect(seriesChoice(both('c', ['Vedtakssak', 'Referatsaker']), kommunestyre)).toBeUndefined();
    expect(seriesChoice(rs('d'), kommunestyre)).toBeUndefined();
  });

  it('counts each series by itself in one saksliste, a heading between them unnumbered', () => {
    const draft = aMeeting({ items: [ps('a'), ps('b'), anItem('h', { row: 'heading', kinds: [] }), rs('r1'), rs('r2'), ds('d1'), ps('c'), aClosingRow()] });
    expect(numbersOf(renumberItems(draft, kommunestyre, []))).toEqual(['PS 1/26', 'PS 2/26', null, 'RS 1/26', 'RS 2/26', 'DS 1/26', 'PS 3/26', null]);
  });

  it('continues each series after an earlier meeting of the year, by the numbers of that series alone', () => {
    const spring = aMeeting({ id: 'spring', date: '2026-02-01', status: 'held', items: [ps('s1'), ps('s2'), ps('s3'), rs('s4')] });
    const held = renumberItems(spring, kommunestyre, []);
    expect(numbersOf(held)).toEqual(['PS 1/26', 'PS 2/26', 'PS 3/26', 'RS 1/26']);
    const draft = aMeeting({ items: [ps('a'), rs('r'), ds('d')] });
    expect(numbersOf(renumberItems(draft, kommunestyre, [held]))).toEqual(['PS 4/26', 'RS 2/26', 'DS 1/26']);
  });

  it('gives a sak added after the notice the next free number of its own series', () => {
    const sent = { ...renumberItems(aMeeting({ items: [ps('a'), rs('r')] }), kommunestyre, []), status: 'noticeSent' as const };
    const numbered = renumberItems({ ...sent, items: [...sent.items, rs('late'), ps('later')] }, kommunestyre, []);
    expect(numbersOf(numbered)).toEqual(['PS 1/26', 'RS 1/26', 'RS 2/26', 'PS 2/26']);
  });

  it('moves a sak added after the notice into its series when its kind is chosen after it was numbered, never one that went out', () => {
    const sent = { ...renumberItems(aMeeting({ items: [ps('a'), rs('r')] }), kommunestyre, []), status: 'noticeSent' as const };
    const notice = { eventId: 'event', transactionId: 'transaction', sentAt: '2026-12-01T08:00:00Z', version: 1, items: sent.items, attachmentIds: [] };
    const added = renumberItems({ ...sent, notice, items: [...sent.items, anItem('late', { kinds: [] })] }, kommunestyre, []);
    expect(numbersOf(added)).toEqual(['PS 1/26', 'RS 1/26', 'PS 2/26']);
    const late = added.items[2]!;
    const referatsak = renumberItems({ ...added, items: [...added.items.slice(0, 2), { ...late, kinds: ['Referatsaker'] }] }, kommunestyre, []);
    expect(numbersOf(referatsak)).toEqual(['PS 1/26', 'RS 1/26', 'RS 2/26']);
    // A sak that went out keeps its number, whatever its kind becomes.
    const changed = renumberItems({ ...added, items: [{ ...added.items[0]!, kinds: ['Referatsaker'] }, ...added.items.slice(1)] }, kommunestyre, []);
    expect(numbersOf(changed)).toEqual(['PS 1/26', 'RS 1/26', 'PS 2/26']);
  });

  it('reads a number of any of its series, so a meeting file with RS 2/26 is the committee\'s', () => {
    expect(readCaseNumber('RS 2/26', kommunestyre, 2026)).toEqual({ year: 2026, serial: 2 });
    expect(readCaseNumber('PS 12/26', kommunestyre, 2026)).toEqual({ year: 2026, serial: 12 });
    expect(readCaseNumber('XS 2/26', kommunestyre, 2026)).toBeUndefined();
  });

  it('rewrites a draft\'s numbers in the format of each sak\'s series', () => {
    const draft = aMeeting({ items: [ps('a'), rs('r')].map((item, index) => ({ ...item, caseNumber: cn(`2026.0${index + 1}`) })) });
    expect(numbersOf(withCurrentNumberFormat(draft, kommunestyre))).toEqual(['PS 1/26', 'RS 2/26']);
  });
});

describe('every series from 1 in each meeting (UiO\'s universitetsstyre: «V-sak 1», «O-sak 1», «D-sak 1» in every protokoll)', () => {
  const uio = aCommittee({
    caseNumberFormat: 'V-sak {N}',
    caseNumberSerial: 'perMeeting',
    conventions: v.parse(ConventionsSchema, {
      itemKinds: [
        { id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' },
        { id: 'Diskusjonssak', nb: 'Diskusjonssak', nn: 'Diskusjonssak', caseNumberFormat: 'D-sak {N}' },
        { id: 'Orientering', nb: 'Orienteringssak', nn: 'Orienteringssak', caseNumberFormat: 'O-sak {N}' },
      ],
    }),
  });
  const vsak = (id: string) => anItem(id, { kinds: ['Vedtakssak'] });
  const dsak = (id: string) => anItem(id, { kinds: ['Diskusjonssak'] });
  const osak = (id: string) => anItem(id, { kinds: ['Orientering'] });

  it('starts each series at 1 in a meeting whatever the committee\'s earlier meetings of the year used', () => {
    const june = renumberItems(aMeeting({ id: 'june', date: '2026-06-19', status: 'held', items: [vsak('j1'), vsak('j2'), dsak('j3'), osak('j4')] }), uio, []);
    expect(numbersOf(june)).toEqual(['V-sak 1', 'V-sak 2', 'D-sak 1', 'O-sak 1']);
    const draft = aMeeting({ id: 'sept', date: '2026-09-08', items: [vsak('a'), osak('b'), dsak('c'), vsak('d'), osak('e')] });
    expect(numbersOf(renumberItems(draft, uio, [june]))).toEqual(['V-sak 1', 'O-sak 1', 'D-sak 1', 'V-sak 2', 'O-sak 2']);
  });

  it('gives a sak added after the notice the next number of its series in that meeting alone', () => {
    const june = renumberItems(aMeeting({ id: 'june', date: '2026-06-19', status: 'held', items: [vsak('j1'), osak('j2'), osak('j3')] }), uio, []);
    const sent = { ...renumberItems(aMeeting({ items: [vsak('a'), osak('b')] }), uio, [june]), status: 'noticeSent' as const };
    expect(numbersOf(renumberItems({ ...sent, items: [...sent.items, osak('late')] }, uio, [june]))).toEqual(['V-sak 1', 'O-sak 1', 'O-sak 2']);
  });

  it('numbers «Eventuelt» kept last in its own series, as UiO\'s «O-sak 1 Eventuelt»', () => {
    const eventuelt = anItem('eventuelt', { title: 'Eventuelt', kinds: ['Orientering'], numberedClosing: true });
    const draft = aMeeting({ items: [vsak('a'), eventuelt, vsak('b'), aClosingRow()] });
    expect(numbersOf(renumberItems(draft, uio, []))).toEqual(['V-sak 1', 'V-sak 2', 'O-sak 1', null]);
  });

  it('rewrites a draft\'s numbers in each sak\'s series, the meeting\'s year read for the formats without one', () => {
    const draft = aMeeting({ items: [vsak('a'), osak('b')].map((item, index) => ({ ...item, caseNumber: cn(`2026.0${index + 1}`) })) });
    expect(numbersOf(withCurrentNumberFormat(draft, uio))).toEqual(['V-sak 1', 'O-sak 2']);
  });
});

describe('saker known by their arkivsak (a REK\'s «Nye søknader»: «2014/805 … Dokumentnummer: 2014/805-1»)', () => {
  const rek = aCommittee({ caseNumberFormat: '{N}', caseNumberSerial: 'perMeeting', conventions: v.parse(ConventionsSchema, { archiveNumbered: true }) });
  const soknad = (id: string, archiveRef: string) => anItem(id, { archiveRef });

  it('numbers a sak with an arkivsak by the arkivsak without its document\'s number, the rows without one in the series', () => {
    const draft = aMeeting({ items: [anItem('innkalling'), anItem('habilitet'), soknad('a', '2014/805-1'), soknad('b', ' 2014/856 - 3 '), anItem('orientering')] });
    expect(numbersOf(renumberItems(draft, rek, []))).toEqual(['1', '2', '2014/805', '2014/856', '3']);
  });

  it('numbers every sak in the series when the committee does not number by arkivsak, whatever its saker\'s references', () => {
    const series = aCommittee({ caseNumberFormat: '{N}', caseNumberSerial: 'perMeeting' });
    expect(numbersOf(renumberItems(aMeeting({ items: [soknad('a', '2014/805-1'), anItem('b')] }), series, []))).toEqual(['1', '2']);
  });

  it('gives a second sak of the same arkivsak the series\' number, so no two saker share one', () => {
    const draft = aMeeting({ items: [soknad('a', '2014/805-1'), soknad('b', '2014/805-2')] });
    expect(numbersOf(renumberItems(draft, rek, []))).toEqual(['2014/805', '1']);
  });

  it('keeps a sent sak\'s number after its reference changes, and numbers a sak added after the notice by its arkivsak once typed', () => {
    const numbered = renumberItems(aMeeting({ items: [soknad('a', '2014/805-1'), anItem('b')] }), rek, []);
    const noticed: Meeting = { ...numbered, status: 'noticeSent', notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-20T08:00:00Z', version: 1, items: numbered.items, attachmentIds: [] } };
    const retyped = { ...noticed, items: [{ ...noticed.items[0]!, archiveRef: '2014/900-1' }, noticed.items[1]!] };
    expect(numbersOf(renumberItems(retyped, rek, []))).toEqual(['2014/805', '1']);
    const late = renumberItems({ ...noticed, items: [...noticed.items, anItem('late')] }, rek, []);
    expect(numbersOf(late)).toEqual(['2014/805', '1', '2']);
    const typed = renumberItems({ ...late, items: [...late.items.slice(0, 2), { ...late.items[2]!, archiveRef: '2014/1098-4' }] }, rek, []);
    expect(numbersOf(typed)).toEqual(['2014/805', '1', '2014/1098']);
  });
});
