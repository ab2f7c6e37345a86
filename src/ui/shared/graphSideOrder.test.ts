// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';

// Counts when the Graph side is evaluated: `services.ts` asks for it as it is evaluated.
const graphSide = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../graph/graphServices', () => {
  graphSide.loads += 1;
  return { createGraphServices: () => ({}) };
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

it('the Graph side is evaluated only once what the entry named has settled (teams-js in the workspace in Teams)', async () => {
  const { evaluateGraphSideAfter } = await import('./graphSideOrder');
  let teamsJsEvaluated!: () => void;
  evaluateGraphSideAfter(new Promise<void>((resolve) => (teamsJsEvaluated = resolve)));
  await import('./services');
  await settle();
  expect(graphSide.loads).toBe(0);
  teamsJsEvaluated();
  await vi.waitFor(() => expect(graphSide.loads).toBe(1));
});

