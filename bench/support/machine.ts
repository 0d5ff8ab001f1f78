import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';

const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'not found at /usr/bin/chromium';
  }
}

/** Where the figures come from: they mean little without the machine and how busy it was. */
export function describeMachine(): [string, string][] {
  return [
    ['date', new Date().toISOString()],
    ['CPU', `${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}`],
    ['memory', `${gib(totalmem())} total, ${gib(freemem())} free`],
    [
      'load average (1/5/15 min)',
      loadavg()
        .map((load) => load.toFixed(2))
        .join(' / '),
    ],
    ['Node', process.version],
    ['Chromium', chromiumVersion()],
  ];
}
