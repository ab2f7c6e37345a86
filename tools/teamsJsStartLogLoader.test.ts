// teams-js's start log made without a local time at build time (tools/teamsJsStartLogLoader.mjs), and the build
// stopped when teams-js's app.js logs otherwise than the loader expects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutLocalStartTime } from './teamsJsStartLogLoader.mjs';

const APP_JS = path.resolve('node_modules/@microsoft/teams-js/dist/esm/packages/teams-js/src/public/app/app.js');
const LOG = 'O("teamsjs instance is version %s, starting at %s UTC (%s local)",v,(new Date).toISOString(),(new Date).toLocaleString())';

describe('teamsJsStartLogLoader', () => {
  it('makes the installed teams-js start log its local time as the empty string and leaves the rest of app.js as it was', () => {
    const source = readFileSync(APP_JS, 'utf8');
    const changed = withoutLocalStartTime(source);
    expect(changed).not.toContain('toLocaleString');
    expect(changed).toContain('starting at %s UTC (%s local)",v,(new Date).toISOString(),"")');
    expect(changed.length).toBe(source.length - '(new Date).toLocaleString()'.length + '""'.length);
  });

  it('stops the build when app.js has no such log, logs it twice, or formats a local time elsewhere', () => {
    expect(() => withoutLocalStartTime('const a=1;')).toThrow(/0 start log\(s\)/);
    expect(() => withoutLocalStartTime(`${LOG};${LOG};`)).toThrow(/2 start log\(s\)/);
    expect(() => withoutLocalStartTime(`${LOG};x.toLocaleString();`)).toThrow(/2 toLocaleString/);
    expect(withoutLocalStartTime(`a();${LOG};b();`)).toBe('a();O("teamsjs instance is version %s, starting at %s UTC (%s local)",v,(new Date).toISOString(),"");b();');
  });
});
