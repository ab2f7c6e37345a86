import { useCallback, useEffect, useState } from 'react';
import type { BoardPackBuildProgress, BoardPackResult, BoardPackService } from '../../graph/boardPackService';
import type { DocumentRef, MeetingFile } from '../../domain/model';

export interface BoardPackState {
  /** The pack in the meeting folder (found on open, or just built). */
  stored?: DocumentRef;
  building: boolean;
  progress?: BoardPackBuildProgress;
  result?: BoardPackResult;
  error?: unknown;
}

/**
 * The møtebok PDF for one meeting: finds the stored pack on open, builds and stores a new one with
 * progress per document. No React in the work itself (`graph/boardPackService.ts`).
 */
export function useBoardPack(
  service: BoardPackService | undefined,
  file: MeetingFile,
): BoardPackState & { build: () => Promise<void>; dismissError: () => void } {
  const [state, setState] = useState<BoardPackState>({ building: false });
  const meetingId = file.meeting.id;
  useEffect(() => {
    if (!service) return;
    let current = true;
    service.findStored(file).then(
      (stored) => current && setState((previous) => (previous.stored || previous.building ? previous : { ...previous, ...(stored ? { stored } : {}) })),
      // Not finding it is not worth an error: the button still makes one.
      () => undefined,
    );
    return () => {
      current = false;
    };
    // Looked up once per meeting, not on every edit of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, meetingId]);

  const build = useCallback(async () => {
    if (!service) return;
    setState((previous) => ({ ...previous, building: true, error: undefined, result: undefined, progress: undefined }));
    try {
      const result = await service.build(file, (progress) => setState((previous) => ({ ...previous, progress })));
      setState({ building: false, stored: result.ref, result });
    } catch (error) {
      setState((previous) => ({ ...previous, building: false, progress: undefined, error }));
    }
  }, [service, file]);
  const dismissError = useCallback(() => setState((previous) => ({ ...previous, error: undefined })), []);
  return { ...state, build, dismissError };
}
