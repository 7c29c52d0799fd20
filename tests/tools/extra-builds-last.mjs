// Vitest's own order (longest or largest file first), with the browser-test files that serve the
// base-path and pseudo-locale builds moved to the end: `npm test` makes those builds while the
// other browser tests run (tests/tools/extra-builds.mjs).
import { basename } from 'node:path';
import { BaseSequencer } from 'vitest/node';
import { EXTRA_BUILD_FILES } from './extra-builds.mjs';

export class ExtraBuildsLast extends BaseSequencer {
  /** @param {import('vitest/node').TestSpecification[]} files */
  async sort(files) {
    const sorted = await super.sort(files);
    const last = (spec) => spec.project.name === 'e2e' && EXTRA_BUILD_FILES.includes(basename(spec.moduleId));
    return [...sorted.filter((spec) => !last(spec)), ...sorted.filter(last)];
  }
}
