/**
 * The collective profile island: the facilitator's workshops, inviting participants, gathering
 * their results, managing the collection, and the group's figures.
 */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { $instrument } from '../../stores/collection';
import { $activeId, loadWorkshops } from '../../stores/workshops';
import CollectionManagerView from './CollectionManager';
import GatherResultsView from './GatherResults';
import ThresholdCountView from './ThresholdCount';
import WorkshopSectionView from './WorkshopSection';
import { useLazyComponent } from '../use-lazy-component';
import { memo } from '../memo';

// The island renders again as each of its parts arrives; the parts already on screen are left
// alone (each follows its own stores), so that no one task renders the whole page again.
const ThresholdCount = memo(ThresholdCountView);
const WorkshopSection = memo(WorkshopSectionView);
const GatherResults = memo(GatherResultsView);
const CollectionManager = memo(CollectionManagerView);

// The outcomes of an import, the figures and the group's plan load right after the page (not with
// it): the page's first load stays within its budget, and each appears as soon as it arrives.
const loadImportOutcomes = () => import('./ImportOutcomes');
const loadProfileView = () => import('./ProfileView');
const loadGroupPlan = () => import('../plan/GroupPlan');

export default function TeamProfile({ instrument, frameworkHref }: { instrument: Instrument; frameworkHref: string }) {
  useEffect(() => {
    void loadWorkshops(instrument);
  }, [instrument]);
  // Each workshop has its own group plan.
  const workshop = useStore($activeId);
  const ImportOutcomes = useLazyComponent(loadImportOutcomes).Loaded;
  const ProfileView = useLazyComponent(loadProfileView).Loaded;
  const GroupPlan = useLazyComponent(loadGroupPlan).Loaded;
  // Until the workshops are read and their tools have arrived, the page keeps its place but shows
  // nothing of the island: the tools and the count appear above the gathering, which would
  // otherwise jump down under the reader's eyes (layout shift).
  const [toolsSettled, setToolsSettled] = useState(false);
  const onSettled = useCallback(() => setToolsSettled(true), []);
  const instrumentRead = useStore($instrument) !== null;
  const settling = !toolsSettled || !instrumentRead;
  return (
    <div class="team-app" data-settling={settling ? '' : undefined}>
      <ThresholdCount />
      <WorkshopSection onSettled={onSettled} />
      <GatherResults />
      {ImportOutcomes !== null && <ImportOutcomes />}
      <CollectionManager />
      {ProfileView !== null && <ProfileView instrument={instrument} frameworkHref={frameworkHref} />}
      {GroupPlan !== null && <GroupPlan instrument={instrument} {...(workshop ? { group: workshop } : {})} />}
    </div>
  );
}
