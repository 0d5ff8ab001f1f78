import { readdirSync, readFileSync } from 'node:fs';

/** Test-only: the process that runs the studio: tsx's launcher starts it as its child (Linux /proc). */
export function serverPid(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return children.length === 1 ? serverPid(Number(children[0])) : pid;
}

/** Test-only: a process's resident memory, from /proc (Linux). */
export function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/** Test-only: how many files (sockets included) a process holds open, from /proc (Linux). */
export function openFilesOf(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}
