/**
 * The level whose figures the collective page shows, kept on this device so that a reload or the
 * next visit shows the same figures (`cli:level-filter:v1`, through the storage wrapper). Loaded
 * with the profile's code, after the page: the page's first load carries none of it. The level
 * kept is shown as soon as this module loads, so the profile's first render already has it.
 */
import type { LevelFilter } from '../lib/collection';
import { LEVELS } from '../lib/result';
import { setLevelFilter } from './collection';
import { readStored, writeStored } from './storage';

export const LEVEL_FILTER_KEY = 'cli:level-filter:v1';

/** Every level filter, in the order the collective page offers them. */
export const LEVEL_FILTERS: readonly LevelFilter[] = ['all', ...LEVELS, 'not-stated'];

/** Whether a value (as read back from storage) is one of the level filters. */
export function isLevelFilter(value: unknown): value is LevelFilter {
  return LEVEL_FILTERS.includes(value as LevelFilter);
}

/** Show the profile for a level, or for all, and keep the choice (all levels: nothing kept). */
export function chooseLevelFilter(filter: LevelFilter): void {
  setLevelFilter(filter);
  // Storage full or turned off: the choice holds in memory until the page is left.
  writeStored(LEVEL_FILTER_KEY, filter === 'all' ? undefined : filter);
}

// The level chosen before is shown as soon as this module loads; anything else kept under its key
// is ignored.
const kept = readStored(LEVEL_FILTER_KEY);
if (isLevelFilter(kept)) setLevelFilter(kept);
