/**
 * A case number for a text that already says "sak" before it ("Raden for sak {number}"): "Sak 005-2026"
 * → "005-2026", so it does not read "sak Sak 005-2026" when the committee's `caseNumberFormat` begins
 * with "Sak"; a format that names the sak in a word of its own ("AMU-sak 12/26", "Styresak 12/26")
 * loses that word too ("sak 12/26", not "sak AMU-sak 12/26"). "2026.03" and "PS 14/24" stay as they
 * are. The one place this is decided: `attendanceWording.ts`' `sakPhrase` ("sak 47/14" in a protokoll) uses
 * it too. Own module, no valibot: the stage and the side panel use it.
 */
export function afterSakWord(label: string): string {
  return label.replace(/^[\p{L}\p{N}]*(?:-)?sak\s+/iu, '');
}
