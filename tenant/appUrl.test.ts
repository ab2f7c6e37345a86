import { describe, expect, it } from 'vitest';
import { appUrlFromEnv } from './appUrl';

describe('the app origin the simulators frame', () => {
  it('follows APP_PORT as webpack serve does', () => {
    expect(appUrlFromEnv({ APP_PORT: '3100' })).toBe('https://localhost:3100');
  });

  it('is port 3000 when APP_PORT is not set', () => {
    expect(appUrlFromEnv({})).toBe('https://localhost:3000');
    expect(appUrlFromEnv({ APP_PORT: ' ' })).toBe('https://localhost:3000');
  });

  it('refuses a value that is no port, naming APP_PORT', () => {
    expect(() => appUrlFromEnv({ APP_PORT: 'abc' })).toThrow(/APP_PORT må være et portnummer.*abc/);
    expect(() => appUrlFromEnv({ APP_PORT: '70000' })).toThrow(/APP_PORT/);
  });
});
