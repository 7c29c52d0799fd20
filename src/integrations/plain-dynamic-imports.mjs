// Dynamic imports as the browser runs them, without Vite's preload helper. With module preloading
// off (astro.config.mjs), the bundler still wraps every `import()` of the browser build in the
// helper, `__vitePreload(() => import('./x.js'), [])`: a module of 1.7 KB (880 bytes gzip) that
// every page loads first (search's script imports it, as does each island), and whose only work,
// with its list of files to preload empty, is to call the function it is given. So each chunk's
// import of the helper becomes a one-line stand-in that does just that, `const e=f=>f();`, and the
// helper goes. Vite writes a list of files only as `__vite__mapDeps([…])` (the CSS of a lazy
// chunk): a bundle with any such list keeps the helper everywhere.

/** Whether a chunk of the bundle is Vite's preload helper. */
function isPreloadHelper(file) {
  return file.type === 'chunk' && file.moduleIds.some((id) => /vite\/preload-helper/.test(id));
}

/**
 * The chunk's code with its import of the helper (`helperFile`) replaced by a stand-in of the same
 * name that calls the function it is given; null when the chunk does not import the helper by one
 * name alone.
 * @param {string} code
 * @param {string} helperFile the helper chunk's file name, e.g. `_astro/preload-helper.abc.js`
 * @param {(code: string) => import('@oxc-project/types').Program} parse
 */
export function withoutPreloadHelper(code, helperFile, parse) {
  const base = helperFile.split('/').pop();
  const imports = parse(code).body.filter(
    (node) => node.type === 'ImportDeclaration' && String(node.source.value).split('/').pop() === base,
  );
  if (imports.length !== 1 || imports[0].specifiers.length !== 1) return null;
  const [declaration] = imports;
  const [specifier] = declaration.specifiers;
  if (specifier.type !== 'ImportSpecifier') return null;
  const standIn = `const ${specifier.local.name}=f=>f();`;
  return code.slice(0, declaration.start) + standIn + code.slice(declaration.end);
}

/**
 * The Vite plugin: on the browser build, once the bundle is made.
 * @returns {import('vite').Plugin}
 */
export function plainDynamicImports() {
  return {
    name: 'plain-dynamic-imports',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    // After Vite's own step, which writes each call's list of files in place of a placeholder.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const helper = Object.values(bundle).find(isPreloadHelper);
        const files = Object.values(bundle).filter((file) => file.type === 'chunk');
        // A list of files in any call, or calls not yet written out (run before Vite's step): keep it.
        if (helper === undefined || files.some((file) => /__vite__mapDeps|__VITE_PRELOAD__/.test(file.code))) return;
        let kept = false;
        for (const file of files) {
          if (file === helper || !file.imports.includes(helper.fileName)) continue;
          const code = withoutPreloadHelper(file.code, helper.fileName, (text) => this.parse(text));
          if (code === null) {
            kept = true;
            continue;
          }
          file.code = code;
          file.imports = file.imports.filter((name) => name !== helper.fileName);
        }
        if (!kept) delete bundle[helper.fileName];
      },
    },
  };
}
