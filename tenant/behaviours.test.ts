import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMITATED_BEHAVIOURS } from './behaviours';

describe('the list of imitated behaviours', () => {
  it('is the list the README gives, each id once', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Behaviours checked against a real tenant'), readme.indexOf('## Documented limits it enforces'));
    const listed = [...section.matchAll(/^- `([^`]+)`$/gm)].map((m) => m[1]);
    const ids = IMITATED_BEHAVIOURS.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(listed).toEqual(ids);
  });
});
