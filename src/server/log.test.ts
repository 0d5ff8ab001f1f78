import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { consoleAndFileLog, withoutSecrets } from './log.ts';

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

describe('consoleAndFileLog', () => {
  it('makes the folder and appends each line with a timestamp, as well as printing it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'studio-log-')), 'deep', 'er', 'server.log');
    const print = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const log = consoleAndFileLog(path);
    log('first line');
    log('second line');
    const printed = print.mock.calls.slice();
    print.mockRestore();
    expect(printed).toEqual([['first line'], ['second line']]);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z first line$/);
    expect(lines[1]).toMatch(/ second line$/);
  });
});

describe('log lines', () => {
  it('escape control characters, so a request path cannot forge a line', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'studio-log-')), 'server.log');
    const print = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    consoleAndFileLog(path)('GET /x\n2026-01-01T00:00:00.000Z POST /api/forged 200 1ms\r\u001b[2J');
    const printed = print.mock.calls.slice();
    print.mockRestore();
    expect(printed).toEqual([
      ['GET /x\\u000a2026-01-01T00:00:00.000Z POST /api/forged 200 1ms\\u000d\\u001b[2J'],
    ]);
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(1);
  });
});
