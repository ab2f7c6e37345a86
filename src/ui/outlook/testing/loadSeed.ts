import * as v from 'valibot';
import { MeetingFileSchema, type MeetingFile } from '../../../domain/model';
import pm2024 from '../../../../fixtures/meetings/pm-2024.json';
import pm2025 from '../../../../fixtures/meetings/pm-2025.json';
import pm2026 from '../../../../fixtures/meetings/pm-2026.json';
import pm2026Unntatt from '../../../../fixtures/meetings/pm-2026-unntatt.json';

const SEEDS = { 'pm-2024.json': pm2024, 'pm-2025.json': pm2025, 'pm-2026.json': pm2026, 'pm-2026-unntatt.json': pm2026Unntatt };

/**
 * A seed meeting from fixtures/meetings, parsed with the schema. Imported as JSON (not read from
 * disk) so it works in node, jsdom and the browser test's bundle alike.
 */
export function loadSeed(name: keyof typeof SEEDS): MeetingFile {
  return v.parse(MeetingFileSchema, structuredClone(SEEDS[name]));
}
