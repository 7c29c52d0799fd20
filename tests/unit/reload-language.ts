// After vi.resetModules(), the next import of src/i18n/t.ts is a fresh module with no language:
// load English into it, as tests/i18n-setup.ts does once per file.
import en from '../../content/i18n/en.json';

/** Give the freshly imported `t` module the English messages. */
export async function reloadLanguage(): Promise<void> {
  const { setLanguage } = await import('../../src/i18n/t');
  setLanguage('en', en);
}
