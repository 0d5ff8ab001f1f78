/**
 * Runs jobs one at a time, keeping only the newest waiting job of each channel: a job still
 * waiting when a newer one arrives on its channel is dropped (`onSuperseded`), never run.
 * Jobs of different channels all run, in the order their channels first waited.
 */
export function latestPerChannel<T extends { channel: string }>(
  run: (job: T) => Promise<void>,
  onSuperseded: (job: T) => void,
): (job: T) => void {
  const waiting = new Map<string, T>();
  let busy = false;

  const drain = async () => {
    if (busy) return;
    busy = true;
    try {
      for (let next = waiting.values().next(); !next.done; next = waiting.values().next()) {
        waiting.delete(next.value.channel);
        // `run` answers its own failures; one that slips through must not stall every later job.
        await run(next.value).catch(() => undefined);
      }
    } finally {
      busy = false;
    }
  };

  return (job) => {
    const older = waiting.get(job.channel);
    if (older) onSuperseded(older);
    waiting.set(job.channel, job);
    void drain();
  };
}
