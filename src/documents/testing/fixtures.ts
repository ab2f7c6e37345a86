import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { committeePreset, type CommitteePresetId } from '../../domain/committeePresets';
import { MeetingFileSchema, type MeetingFile } from '../../domain/model';

/** Test helper: a seed meeting from fixtures/meetings, parsed with the schema. */
export function loadSeedMeeting(name: 'pm-2024.json' | 'pm-2025.json' | 'pm-2026.json' | 'pm-2026-unntatt.json'): MeetingFile {
  const path = fileURLToPath(new URL(`../../../fixtures/meetings/${name}`, import.meta.url));
  return v.parse(MeetingFileSchema, JSON.parse(readFileSync(path, 'utf8')));
}

/** The same meeting for a nynorsk committee. */
export function inNynorsk(file: MeetingFile): MeetingFile {
  return { ...file, committee: { ...file.committee, languageForm: 'nn' } };
}

/**
 * The same meeting in a committee made from a preset, its numbered saker given the preset's sakstyper by id in turn: the REK's
 * (`forskningsetikk`) «Orienteringssak», «Prosjektsøknad» … under the numbers.
 */
export function withPresetKinds(file: MeetingFile, preset: CommitteePresetId, kinds: readonly string[]): MeetingFile {
  const items = file.meeting.items.map((item, index) => (item.caseNumber === null ? item : { ...item, kinds: [kinds[index % kinds.length] ?? ''] }));
  return { ...file, committee: { ...file.committee, conventions: committeePreset(preset).conventions }, meeting: { ...file.meeting, items } };
}
