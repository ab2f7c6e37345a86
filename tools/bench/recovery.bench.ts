/**
 * The figures of issue 13 §3's fault test (`npm run bench -- recovery`): characters typed and
 * saved, duplicates, time to recover after 10 s offline and after each reload, under 20 % 429/503
 * and 3 dropped connections. The scenario is `recoveryScenario.ts`; `recovery.test.ts` asserts it.
 */
import { defineSuite } from './harness';
import { formatRecoveryFigures, runRecoveryScenario } from './recoveryScenario';

export default defineSuite({
  name: 'Gjenoppretting under feil / recovery under faults',
  input: '6 saker, 20 % 429/503 (Retry-After 2 s, samme trekk hver gang / seeded), 3 brutte forbindelser, 10 s frakoblet, 2 omlastinger (Node, lokal tenant)',
  cases: [],
  report: async () => formatRecoveryFigures(await runRecoveryScenario()),
});
