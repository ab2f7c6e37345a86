import { describe, expect, it } from 'vitest';
import { extensionOf, suggestSafeFileName, suggestSafeFolderName, validateFileName, validateFolderPath, type FileNameProblemCode } from './fileNames';

function codes(name: string): FileNameProblemCode[] {
  const check = validateFileName(name);
  return check.ok ? [] : check.problems.map((problem) => problem.code);
}

describe('validateFileName', () => {
  it('accepts ordinary Norwegian document names, # and % included', () => {
    for (const name of ['Referat Partnerskapsmøtet 11.06.26.docx', 'Vedlegg 1 - Sak 2026.02 Æøå ÆØÅ.pdf', 'Budsjett #2 100%.xlsx', '.gitignore', 'README']) {
      expect(validateFileName(name), name).toEqual({ ok: true, name });
    }
  });

  it.each([
    ['"', 'anførselstegn'],
    ['*', 'stjerne'],
    [':', 'kolon'],
    ['<', 'mindre enn-tegn'],
    ['>', 'større enn-tegn'],
    ['?', 'spørsmålstegn'],
    ['/', 'skråstrek'],
    ['\\', 'omvendt skråstrek'],
    ['|', 'loddrett strek'],
  ])('refuses %s and names the character (as a code the screens word: %s)', (character) => {
    const check = validateFileName(`Sak${character}tittel.docx`);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatchObject({ code: 'forbiddenCharacter', character });
    expect(check.problems[0]!.reason).toEqual({ key: 'fileName.forbiddenCharacter', values: { character, characterName: expect.not.stringMatching(/^other$/) } });
  });

  it('reports each forbidden character once, and every other problem too', () => {
    expect(codes(' a:b:c? ')).toEqual(['forbiddenCharacter', 'forbiddenCharacter', 'leadingSpace', 'trailingSpace']);
  });

  it('refuses leading and trailing spaces and a trailing dot', () => {
    expect(codes(' Referat.docx')).toEqual(['leadingSpace']);
    expect(codes('Referat.docx ')).toEqual(['trailingSpace']);
    expect(codes('Referat.')).toEqual(['trailingDot']);
  });

  it('refuses reserved names, with and without an extension, in any case', () => {
    for (const name of ['CON', 'con.docx', 'PRN', 'aux.txt', 'NUL', 'COM0', 'com9.pdf', 'LPT1', '.lock', 'desktop.ini', 'Desktop.INI']) {
      expect(codes(name), name).toEqual(['reservedName']);
    }
    expect(codes('CONTRACT.docx')).toEqual([]);
    expect(codes('Com10.docx')).toEqual([]);
  });

  it('refuses Office lock files and _vti_ anywhere', () => {
    expect(codes('~$Referat.docx')).toEqual(['lockFilePrefix']);
    expect(codes('notat_vti_1.docx')).toEqual(['vtiSegment']);
    expect(codes('~Referat.docx')).toEqual([]);
  });

  it('refuses bidirectional controls and zero-width characters that make a name look like another', () => {
    // "Referat\u202Excod.exe" displays as "Referatexe.docx".
    expect(codes('Referat\u202Excod.exe')).toEqual(['invisibleCharacter']);
    for (const character of ['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF']) {
      expect(codes(`Referat${character}.docx`), character.codePointAt(0)?.toString(16)).toEqual(['invisibleCharacter']);
    }
    const check = validateFileName('Referat\u202Excod.exe');
    expect(check.ok ? undefined : check.problems[0]?.reason).toEqual({ key: 'fileName.invisibleCharacter' });
    expect(suggestSafeFileName('Referat\u202Excod.exe')).toBe('Referatxcod.exe');
  });

  it('refuses control characters pasted into a name', () => {
    expect(codes('Referat\n2026.docx')).toEqual(['controlCharacter']);
  });

  it('refuses an empty name and a name over 255 characters, saying how long it is', () => {
    expect(codes('')).toEqual(['empty']);
    expect(codes('   ')).toEqual(['empty']);
    expect(codes(`${'a'.repeat(250)}.docx`)).toEqual([]);
    const check = validateFileName(`${'a'.repeat(251)}.docx`);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems[0]!.reason).toEqual({ key: 'fileName.tooLong', values: { length: 256, max: 255 } });
  });

  it('counts characters, not UTF-16 units, so æøå and emoji count as one', () => {
    expect(codes(`${'ø'.repeat(250)}.docx`)).toEqual([]);
    expect(codes(`${'📄'.repeat(250)}.docx`)).toEqual([]);
  });
});

describe('suggestSafeFileName', () => {
  it('turns a title with colon and slash into a readable valid name', () => {
    expect(suggestSafeFileName('Sak: Handlingsplan 2025/2026.docx')).toBe('Sak - Handlingsplan 2025-2026.docx');
  });

  it('gives back a valid name for every kind of problem', () => {
    for (const name of [' a:b ', 'Referat.', 'CON', 'con.docx', '~$x.docx', 'a_vti_b', '"*<>?|\\', '', ' . ', 'a\tb\nc', `${'x'.repeat(300)}.pdf`]) {
      const suggestion = suggestSafeFileName(name);
      expect(validateFileName(suggestion), `${JSON.stringify(name)} → ${suggestion}`).toEqual({ ok: true, name: suggestion });
    }
  });

  it('keeps the extension when shortening', () => {
    const suggestion = suggestSafeFileName(`${'x'.repeat(300)}.pdf`);
    expect([...suggestion].length).toBe(255);
    expect(suggestion.endsWith('xxx.pdf')).toBe(true);
    expect(suggestSafeFileName('Referat fra møtet.docx', 12)).toBe('Referat.docx');
  });

  it('leaves a valid name unchanged', () => {
    expect(suggestSafeFileName('Innkalling Partnerskapsmøtet 11.06.26.docx')).toBe('Innkalling Partnerskapsmøtet 11.06.26.docx');
  });
});

describe('validateFolderPath', () => {
  it('accepts the meeting folder layout', () => {
    expect(validateFolderPath('Partnerskapsmøtet/2026-06-11 PM')).toEqual({ ok: true, name: 'Partnerskapsmøtet/2026-06-11 PM' });
  });

  it('checks every segment and says which folder is wrong', () => {
    const check = validateFolderPath('Partnerskapsmøtet/2026-06-11 PM ');
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems).toEqual([{ code: 'trailingSpace', reason: { key: 'fileName.inFolder', values: { folder: '2026-06-11 PM ', problem: { key: 'fileName.trailingSpace' } } } }]);
    }
  });

  it('refuses forms at the library root, a leading tilde and a trailing _files', () => {
    const problems = (path: string) => {
      const check = validateFolderPath(path);
      return check.ok ? [] : check.problems.map((problem) => problem.code);
    };
    expect(problems('Forms/2026')).toEqual(['formsFolderAtRoot']);
    expect(problems('PM/forms')).toEqual([]);
    expect(problems('~PM/2026')).toEqual(['folderStartsWithTilde']);
    expect(problems('PM/Vedlegg_files')).toEqual(['folderEndsWithFiles']);
    expect(problems('PM//2026')).toEqual(['empty']);
  });

  it('counts the site and library in front towards the 400-character path limit', () => {
    const folder = `${'a'.repeat(200)}/${'b'.repeat(150)}`;
    expect(validateFolderPath(folder).ok).toBe(true);
    const check = validateFolderPath(folder, `sites/helsefellesskapet/${'Dokumenter'.repeat(3)}`);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((problem) => problem.code)).toEqual(['pathTooLong']);
  });
});

describe('suggestSafeFolderName', () => {
  it('also fixes what only folders may not be', () => {
    expect(suggestSafeFolderName('~Arkiv', false)).toBe('Arkiv');
    expect(suggestSafeFolderName('Vedlegg_files', false)).toBe('Vedlegg_files-1');
    expect(suggestSafeFolderName('Forms', true)).toBe('Forms-1');
    expect(suggestSafeFolderName('Forms', false)).toBe('Forms');
  });

  it('gives folder names the path check accepts', () => {
    for (const name of ['~Arkiv', 'x_files', 'forms', 'SSU: 2026/vår', ' . ']) {
      const path = `${suggestSafeFolderName(name, true)}/${suggestSafeFolderName(name, false)}`;
      expect(validateFolderPath(path), `${name} → ${path}`).toEqual({ ok: true, name: path });
    }
  });
});

describe('extensionOf', () => {
  it('finds the extension but not a leading dot', () => {
    expect(extensionOf('Referat.docx')).toBe('.docx');
    expect(extensionOf('arkiv.tar.gz')).toBe('.gz');
    expect(extensionOf('.gitignore')).toBe('');
    expect(extensionOf('README')).toBe('');
  });
});
