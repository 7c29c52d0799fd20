/**
 * The plan editor, loaded on demand: it is not part of the page's first load (the budget in
 * tests/build/budget.test.ts), and appears as soon as its module arrives.
 */
import type { ComponentProps } from 'preact';
import type { PlanEditor as Editor } from './PlanEditor';
import { t } from '../../i18n/t';
import { useLazyComponent } from '../use-lazy-component';

type Props = ComponentProps<typeof Editor>;

/** The plan editor's code (a page that shows the plan can start loading it early, and wait for it). */
export const loadPlanEditor = () => import('./PlanEditor').then((m) => ({ default: m.PlanEditor }));

/** Renders the plan editor once loaded; a short line until then, and a message if it cannot load. */
export function LazyPlanEditor(props: Props) {
  const { Loaded, failed } = useLazyComponent(loadPlanEditor);
  if (failed) return <p role="alert">{t('plan.loadFailed')}</p>;
  return Loaded === null ? (
    <p class="plan-loading">{t('plan.loading', { heading: props.heading })}</p>
  ) : (
    <Loaded {...props} />
  );
}
