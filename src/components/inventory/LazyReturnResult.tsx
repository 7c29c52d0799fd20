/** "Return your result", loaded when it is first shown: it is never part of a page's first load. */
import type { ComponentProps } from 'preact';
import { t } from '../../i18n/t';
import { useLazyComponent } from '../use-lazy-component';
import type { ReturnResult } from './ReturnResult';

type Props = ComponentProps<typeof ReturnResult>;

const loadPanel = () => import('./ReturnResult').then((m) => ({ default: m.ReturnResult }));

/** The return panel, once its code has loaded (a moment after the scores appear). */
export function LazyReturnResult(props: Props) {
  const { Loaded, failed } = useLazyComponent(loadPanel);
  if (failed) return <p role="alert">{t('inventory.returnLoadFailed')}</p>;
  return Loaded === null ? null : <Loaded {...props} />;
}
