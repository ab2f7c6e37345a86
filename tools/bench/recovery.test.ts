import { describe, expect, it } from 'vitest';
import { formatRecoveryFigures, runRecoveryScenario } from './recoveryScenario';

describe('recovery under throttling, dropped connections, 10 s offline and two reloads (issue 13 §3)', () => {
  it('saves every character typed in 6 saker once, and the panel recovers within Retry-After + 5 s of the network returning or a reload', async () => {
    const figures = await runRecoveryScenario();
    console.log(['Gjenoppretting / recovery:', ...formatRecoveryFigures(figures)].join('\n'));
    expect(figures.saker).toBe(6);
    expect(figures.charactersSaved).toBe(figures.charactersTyped);
    expect(figures.duplicates).toBe(0);
    expect(figures.faultsHit).toBeGreaterThan(0);
    expect(figures.recoveries.map((r) => r.event).sort()).toEqual(['frakoblet 10 s', 'omlasting 1', 'omlasting 2']);
    // Retry-After + 5 s; when the service asked to wait again during the recovery, each of its waits counts.
    for (const recovery of figures.recoveries) expect(recovery.recoveredMs, recovery.event).toBeLessThanOrEqual(recovery.budgetMs);
  }, 240_000);
});
