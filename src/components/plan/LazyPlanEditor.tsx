/**
 * The plan editor, loaded on demand: it is not part of the page's first load (the budget in
 * tests/build/budget.test.ts), and appears as soon as its module arrives.
 */
import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PlanEditor as Editor } from './PlanEditor';
import { t } from '../../i18n/t';

type Props = ComponentProps<typeof Editor>;

/** Renders the plan editor once loaded; a short line until then. */
export function LazyPlanEditor(props: Props) {
  const [Loaded, setLoaded] = useState<FunctionComponent<Props> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./PlanEditor').then((m) => {
      if (live) setLoaded(() => m.PlanEditor);
    });
    return () => {
      live = false;
    };
  }, []);
  return Loaded === null ? (
    <p class="plan-loading">{t('plan.loading', { heading: props.heading })}</p>
  ) : (
    <Loaded {...props} />
  );
}
