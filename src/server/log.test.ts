import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServerLog, withoutSecrets } from './log.ts';

describe('withoutSecrets', () => {
  it('blanks every secret out of every line, however often it appears', () => {
    const lines: string[] = [];
    const log = withoutSecrets((line) => lines.push(line), ['key-one', undefined, 'key-two']);
    log('sent key-one, then key-two and key-one again');
    log('nothing to hide');
    expect(lines).toEqual(['sent [key], then [key] and [key] again', 'nothing to hide']);
  });

  it('blanks a secret in any letter case or escape', () => {
    const lines: string[] = [];
    const log = withoutSecrets((line) => lines.push(line), ['Key-One']);
    log('KEY-ONE key-one K\\u0065y\\u002dOne Key%2DOne');
    expect(lines).toEqual(['[key] [key] [key] [key]']);
  });

  it('is the log itself when there is no secret to hide', () => {
    const log = () => undefined;
    expect(withoutSecrets(log, [undefined, ''])).toBe(log);
  });
});

describe('createServerLog', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'studio-log-'));
  const lines = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n');

  it('makes the folder and appends each line with a timestamp, as well as printing it', async () => {
    const output = join(folder(), 'stdout');
    const path = join(folder(), 'deep', 'er', 'server.log');
    const { log, flush } = createServerLog({ file: path, output });
    log('first line');
    log('second line');
    await flush();
    expect(lines(output)).toEqual(['first line', 'second line']);
    const written = lines(path);
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z first line$/);
    expect(written[1]).toMatch(/ second line$/);
  });

  it('never throws when its file cannot be written, says so once on the console, and keeps printing', async () => {
    const output = join(folder(), 'stdout');
    // Every write to /dev/full fails with ENOSPC, as on a full disk.
    const { log, flush } = createServerLog({ file: '/dev/full', output });
    for (let i = 0; i < 50; i++) {
      expect(() => log(`line ${i}`)).not.toThrow();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await flush();
    const printed = lines(output);
    expect(printed.filter((line) => line.startsWith('line '))).toHaveLength(50);
    expect(
      printed.filter((line) => /log file \/dev\/full cannot be written \(ENOSPC\)/.test(line)),
    ).toHaveLength(1);
  });
});

describe('log lines', () => {
  it('escape control characters, so a request path cannot forge a line', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'studio-log-')), 'stdout');
    const path = join(mkdtempSync(join(tmpdir(), 'studio-log-')), 'server.log');
    const { log, flush } = createServerLog({ file: path, output });
    log('GET /x\n2026-01-01T00:00:00.000Z POST /api/forged 200 1ms\r\u001b[2J');
    await flush();
    expect(readFileSync(output, 'utf8')).toBe(
      'GET /x\\u000a2026-01-01T00:00:00.000Z POST /api/forged 200 1ms\\u000d\\u001b[2J\n',
    );
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(1);
  });
});
