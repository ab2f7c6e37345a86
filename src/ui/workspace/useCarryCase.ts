import { useEffect, useState } from 'react';
import { carryCase, type TreatedSak } from '../../domain/carriedCase';
import type { Committee, Meeting } from '../../domain/model';
import { useServices } from '../shared/ServicesContext';
import type { AgendaEditor } from './agendaEditor';
import { findCarriableSaker, type CarriableSaker } from './carriableSaker';

export type CarryStep = { kind: 'loading' } | { kind: 'ready'; found: CarriableSaker } | { kind: 'failed'; error: unknown };

/**
 * «Hent sak fra et annet utvalg»: reads, once the dialog opens, the other committees' saker that go on to this one
 * (`findCarriableSaker`), and adds the chosen one to the saksliste through the editor (domain `carryCase`).
 */
export function useCarryCase(committees: readonly Committee[], committee: Committee, meeting: Meeting, editor: AgendaEditor) {
  const { repository } = useServices();
  const [step, setStep] = useState<CarryStep>({ kind: 'loading' });
  const [added, setAdded] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    findCarriableSaker(repository, committees, committee, meeting).then(
      (found) => live && setStep({ kind: 'ready', found }),
      (error: unknown) => live && setStep({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
    // Read once per opening (the dialog mounts anew each time): neither a sak added nor the workspace's new committee list reads the others again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const take = (sak: TreatedSak): string | undefined => {
    const { id: _id, title, ...fields } = carryCase(sak, committee, () => crypto.randomUUID());
    const id = editor.addItem(title, fields);
    if (id !== undefined) {
      setAdded((list) => [...list, title]);
      setStep((current) => (current.kind === 'ready' ? { kind: 'ready', found: { ...current.found, saker: current.found.saker.filter((entry) => entry !== sak) } } : current));
    }
    return id;
  };
  return { step, take, added };
}
