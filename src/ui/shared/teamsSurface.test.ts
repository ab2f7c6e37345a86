// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { browserHostContext } from '../../hosts/browserHostContext';
import type { FrameContext, HostContext } from '../../hosts/hostContext';
import { teamsHostOptions } from './teamsSurface';

const teams = (frameContext: FrameContext): HostContext => ({ ...browserHostContext(window), host: 'teams', frameContext });
const at = (path: string) => window.history.replaceState(null, '', path);

describe("a Teams page's address and its context", () => {
  afterEach(() => at('/'));

  it('lets the context win over the frame context the address named: a side panel page in a content tab goes to the workspace', () => {
    at('/sidepanel.html?committee=pm&frameContext=sidePanel');
    const { redirectFor } = teamsHostOptions({});
    expect(redirectFor?.(teams('sidePanel'))).toBeUndefined();
    expect(redirectFor?.(teams('content'))).toBe(`${window.location.origin}/workspace.html?committee=pm&frameContext=content`);
  });

  it('leaves a meeting page whose address names no frame context where it is, as before', () => {
    at('/stage.html?meeting=m');
    expect(teamsHostOptions({}).redirectFor?.(teams('content'))).toBeUndefined();
  });

  it('keeps the workspace going where the context says, as before', () => {
    at('/workspace.html?committee=pm&frameContext=sidePanel');
    expect(teamsHostOptions({ surface: 'workspace' }).redirectFor?.(teams('sidePanel'))).toBe(`${window.location.origin}/sidepanel.html?committee=pm&frameContext=sidePanel`);
    expect(teamsHostOptions({ surface: 'workspace' }).redirectFor?.(teams('content'))).toBeUndefined();
  });
});
