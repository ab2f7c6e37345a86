import { MeetingFileError, parseMeetingFile, type MeetingFileProblem } from '../meetingFile';

/** The problems `parseMeetingFile` reports for a file, or none when it parses (tests only). */
export function problemsOf(json: unknown): MeetingFileProblem[] {
  try {
    parseMeetingFile(json);
  } catch (error) {
    if (error instanceof MeetingFileError) return [...error.problems];
    throw error;
  }
  return [];
}
