// Right: the Graph layer's tests start the local tenant in process.
import { expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { startTenant } from '../../tenant/server';

it('probe', () => expect([tmpdir, startTenant]).toHaveLength(2));
