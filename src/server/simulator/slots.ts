/**
 * At most `count` tasks at once, the rest waiting their turn in order of arrival. The simulator
 * reads uploads through it: a large multipart body is held several times over while it is
 * parsed, so uploads read one after another keep the process's memory near its image cap.
 */
export function createSlots(count: number) {
  let free = count;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}
