import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('has working defaults for a laptop', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      HAVEN_DATA_DIR: './.haven',
      HAVEN_DEMO: true,
      HAVEN_SESSION_IDLE_MINUTES: 30,
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('reads HAVEN_DEMO=0 as off', () => {
    expect(loadConfig({ HAVEN_DEMO: '0' }).HAVEN_DEMO).toBe(false);
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
