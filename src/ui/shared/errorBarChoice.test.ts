import { describe, expect, it, vi } from 'vitest';
import { ConflictError, OfflineError } from '../../domain/ports';
import { errorBarChoice } from './errorBarChoice';
import type { Translate } from './i18n';
import { commonMessages, type CommonKey } from './messages';

const t: Translate<CommonKey> = (key, values) => commonMessages.nb[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values?.[name] ?? ''));

const offered = () => ({ onReload: vi.fn(), onKeepMine: vi.fn(), onDismiss: vi.fn() });
const shown = (choice: ReturnType<typeof errorBarChoice>) => [...choice.actions.map((action) => action.label), ...(choice.dismiss ? [`✕ ${choice.dismiss.label}`] : [])];

describe('which actions an error bar offers (errorBarChoice: ErrorMessageBar and its plain stand-in)', () => {
  it('offers a conflict the reload and keeping her version, as a warning titled Konflikt', () => {
    const choice = errorBarChoice({ error: new ConflictError('412'), ...offered() }, t);
    expect(choice).toMatchObject({ conflict: true, title: 'Konflikt', described: { kind: 'conflict' } });
    expect(shown(choice)).toEqual(['Last inn på nytt', 'Behold min versjon', '✕ Lukk meldingen']);
  });

  it('never offers to keep her version over anything but a conflict', () => {
    const choice = errorBarChoice({ error: new OfflineError('fetch failed'), ...offered() }, t);
    expect(choice).toMatchObject({ conflict: false, title: 'Noe gikk galt' });
    expect(shown(choice)).toEqual(['Last inn på nytt', '✕ Lukk meldingen']);
  });

  it('offers only what the screen can do, and each action runs what the screen gave', () => {
    expect(shown(errorBarChoice({ error: new ConflictError('412') }, t))).toEqual([]);
    const handlers = offered();
    const choice = errorBarChoice({ error: new ConflictError('412'), ...handlers }, t);
    choice.actions.find((action) => action.id === 'keepMine')?.onClick();
    choice.dismiss?.onClick();
    expect(handlers.onKeepMine).toHaveBeenCalledOnce();
    expect(handlers.onDismiss).toHaveBeenCalledOnce();
    expect(handlers.onReload).not.toHaveBeenCalled();
  });
});
