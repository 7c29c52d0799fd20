import { t } from '../i18n/t';

/**
 * The first child of a table's scrolling region: "Scroll sideways…", shown only while the region
 * can scroll further along the line (a scroll-state container query in global.css), so a narrow
 * screen says that a table goes on past its edge. Hidden from screen readers, which read a table by
 * its cells rather than by what is on screen.
 */
export function ScrollHint() {
  return (
    <p class="scroll-hint no-print" aria-hidden="true">
      {t('common.scrollSideways')}
    </p>
  );
}
