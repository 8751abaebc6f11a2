import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

describe('parseConfig', () => {
  it('gives working defaults for a fresh machine', () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.logLevel).toBe('info');
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORT: '', LOG_LEVEL: '' }).port).toBe(3000);
  });

  it('names every bad variable in one message', () => {
    const attempt = () => parseConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/DATABASE_URL: must start with postgres/);
    expect(attempt).toThrow(/SMTP_URL/);
  });

  it('refuses an out-of-range port and an unknown log level', () => {
    expect(() => parseConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('drops the trailing slash of PUBLIC_URL so links can be joined', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://isu.example.org/' }).publicUrl).toBe('https://isu.example.org');
    expect(() => parseConfig({ PUBLIC_URL: 'ftp://x.org' })).toThrow(/PUBLIC_URL/);
  });
});
