// Wrong: a domain test may use vitest and Node, but not the layers above the domain.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderReferatDocx } from '../documents'; // ✗ boundaries/dependencies

it('probe', () => expect([readFileSync, renderReferatDocx]).toHaveLength(2));
