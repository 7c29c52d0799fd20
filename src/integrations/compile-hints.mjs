// V8's explicit compile hint (Chromium 136 and later): a script whose first line is
// `//# allFunctionsCalledOnLoad` has all its functions compiled while it is downloaded, on a
// background thread, instead of each on the main thread the first time it is called. The islands'
// code is nearly all called as the page loads (hydration, the stores, the messages), so this moves
// 15–50 ms of compiling per island page off the main thread (measured with Chromium's trace: the
// V8.CompileCode time on the main thread after the first paint). Other browsers ignore the comment.
// Two large libraries are left to compile lazily, as a page calls only part of them: Chart.js (its
// module loads with the page, but the chart is drawn only once it is in view) and the QR code
// decoder (loaded when a camera scan starts). So are chunks under 2 KB: their few functions cost
// little to compile when called, less than the hint's bytes cost to download.

/** The comment, as V8 looks for it. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Modules whose chunks compile lazily: most of their functions are never called on a page load. */
const LAZY_MODULES = [/[\\/]node_modules[\\/]chart\.js[\\/]/, /[\\/]node_modules[\\/]qr[\\/](?:.*[\\/])?decode\.js$/];

/** The smallest chunk that gets the hint, in bytes of code. */
export const MIN_HINTED_BYTES = 2048;

/** Whether a chunk with this code, holding these modules, gets the hint. */
export function wantsCompileHint(code, moduleIds) {
  return code.length >= MIN_HINTED_BYTES && !moduleIds.some((id) => LAZY_MODULES.some((pattern) => pattern.test(id)));
}

/** The chunk's code with the hint on its first line (once). */
export function withCompileHint(code) {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code;
}

/**
 * The Vite plugin: the hint on every JavaScript chunk of the browser build but those above. It
 * runs after minification (which would drop the comment), when the bundle is written.
 * @returns {import('vite').Plugin}
 */
export function compileHints() {
  return {
    name: 'compile-hints',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && wantsCompileHint(file.code, file.moduleIds))
          file.code = withCompileHint(file.code);
      }
    },
  };
}
