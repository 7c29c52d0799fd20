// Vitest's own order (longest or largest file first), with the browser-test files that serve the
// base-path and pseudo-locale builds moved later: `npm test` makes those builds while the other
// browser tests run (tests/tools/extra-builds.mjs). They go after the first few files, not at the
// end: by then the builds are made (a minute's work beside files that take longer), and the end of
// the run is left to the short files, so that neither worker idles long while the other finishes.
import { basename } from 'node:path';
import { BaseSequencer } from 'vitest/node';
import { EXTRA_BUILD_FILES } from './extra-builds.mjs';

/** How many browser-test files start before the ones that serve the extra builds. */
export const FILES_BEFORE_EXTRA_BUILDS = 6;

export class ExtraBuildsLater extends BaseSequencer {
  /** @param {import('vitest/node').TestSpecification[]} files */
  async sort(files) {
    const sorted = await super.sort(files);
    const extra = (spec) => spec.project.name === 'e2e' && EXTRA_BUILD_FILES.includes(basename(spec.moduleId));
    const others = sorted.filter((spec) => !extra(spec));
    // Other projects' files keep their places; only the browser tests' queue is reordered.
    const firstE2e = others.findIndex((spec) => spec.project.name === 'e2e');
    const at = firstE2e === -1 ? others.length : firstE2e + FILES_BEFORE_EXTRA_BUILDS;
    return [...others.slice(0, at), ...sorted.filter(extra), ...others.slice(at)];
  }
}
