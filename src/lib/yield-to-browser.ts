/**
 * Give the browser a turn: what follows runs in a task of its own, after whatever the browser had
 * waiting (a paint, an input). scheduler.yield() where there is one (no 4 ms timer clamping), else a
 * timer.
 */
interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
