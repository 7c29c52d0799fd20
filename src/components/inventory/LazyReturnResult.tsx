/** "Return your result", loaded when it is first shown: it is never part of a page's first load. */
import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import type { ReturnResult } from './ReturnResult';

type Props = ComponentProps<typeof ReturnResult>;

/** The return panel, once its code has loaded (a moment after the scores appear). */
export function LazyReturnResult(props: Props) {
  const [Panel, setPanel] = useState<typeof ReturnResult | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    import('./ReturnResult').then(
      (module) => current && setPanel(() => module.ReturnResult),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);
  if (failed) return <p role="alert">{t('inventory.returnLoadFailed')}</p>;
  return Panel === null ? null : <Panel {...props} />;
}
