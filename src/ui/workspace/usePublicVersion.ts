import { useState } from 'react';
import type { Committee, DocumentRef } from '../../domain/model';
import { OfflineError } from '../../domain/ports';
import { publicDocumentPlan, type PublicVersionProgress } from '../../domain/publicDocuments';
import { useServices } from '../shared/ServicesContext';
import type { AgendaEditor } from './agendaEditor';

export type PublicVersionStep =
  | { kind: 'idle' }
  | { kind: 'checking' }
  /** Asking first: what will be made and which existing files it replaces. */
  | { kind: 'confirm'; planned: string[]; replaces: string[] }
  | { kind: 'working'; progress: PublicVersionProgress }
  | { kind: 'done'; stored: DocumentRef[] };

/**
 * «Lag offentlig versjon»: looks for existing public PDFs, asks, then stores them with progress.
 * Made from what is stored (pending edits are saved first), as the innkalling is.
 */
export function usePublicVersion(committee: Committee, editor: AgendaEditor) {
  const { publicVersions } = useServices();
  const [step, setStep] = useState<PublicVersionStep>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(undefined);
  const [asked, setAsked] = useState<{ planned: string[]; replaces: string[] }>({ planned: [], replaces: [] });

  const storedFile = async () => {
    await editor.flush();
    const current = editor.getState();
    // Not saved after the flush: offline (said as that, what is typed is kept here), or the save's own failure.
    if (current.saveState === 'offline') throw new OfflineError('meeting not saved: offline');
    if (current.saveState !== 'saved') throw current.error ?? new Error(`meeting not saved: ${current.saveState}`);
    return { committee, meeting: current.meeting };
  };

  const start = async () => {
    setError(undefined);
    setStep({ kind: 'checking' });
    try {
      if (!publicVersions) throw new Error('no public versions service here (Services.publicVersions)');
      const file = await storedFile();
      const existing = await publicVersions.existing(file);
      const question = { planned: publicDocumentPlan(file).map((entry) => entry.fileName), replaces: existing };
      setAsked(question);
      setStep({ kind: 'confirm', ...question });
    } catch (caught) {
      setError(caught);
      setStep({ kind: 'idle' });
    }
  };

  const run = async () => {
    setError(undefined);
    try {
      if (!publicVersions) throw new Error('no public versions service here (Services.publicVersions)');
      const file = await storedFile();
      setStep({ kind: 'working', progress: { done: 0, total: publicDocumentPlan(file).length } });
      const stored = await publicVersions.store(file, (progress) => setStep({ kind: 'working', progress }));
      setStep({ kind: 'done', stored });
    } catch (caught) {
      setError(caught);
      // Back to the question, with the error shown in it: nothing is lost, «Lag» tries again.
      setStep({ kind: 'confirm', ...asked });
    }
  };

  return { step, error, start, run, close: () => setStep({ kind: 'idle' }), dismissError: () => setError(undefined) };
}
