import type { ComponentChildren } from 'preact';
import { t } from '../i18n/t';

/**
 * "Scroll sideways…", the first child of a table's scrolling region: shown only while the region
 * can scroll further along the line (a scroll-state container query in global.css), so a narrow
 * screen says that a table goes on past its edge. Hidden from screen readers, which read a table by
 * its cells rather than by what is on screen.
 */
function ScrollHint() {
  return (
    <p class="scroll-hint no-print" aria-hidden="true">
      {t('common.scrollSideways')}
    </p>
  );
}

/**
 * A table's own scrolling region, so that a wide table never widens the page: focusable, so that a
 * keyboard can scroll it, named by the table's caption (`labelledBy`), and saying when it goes on
 * past the screen's edge (ScrollHint).
 */
export function ScrollRegion({
  labelledBy,
  id,
  className,
  children,
}: {
  labelledBy: string;
  id?: string;
  /** Classes beside `table-scroll`. */
  className?: string;
  children: ComponentChildren;
}) {
  return (
    <div
      class={className === undefined ? 'table-scroll' : `${className} table-scroll`}
      id={id}
      tabIndex={0}
      role="region"
      aria-labelledby={labelledBy}
    >
      <ScrollHint />
      {children}
    </div>
  );
}
