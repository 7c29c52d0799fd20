/**
 * The collective profile island: the facilitator's workshops, inviting participants, gathering
 * their results, managing the collection, and the group's figures.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { $activeId, loadWorkshops } from '../../stores/workshops';
import CollectionManager from './CollectionManager';
import GatherResults from './GatherResults';
import ThresholdCount from './ThresholdCount';
import WorkshopSection from './WorkshopSection';
import { useLazyComponent } from '../use-lazy-component';

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
  return (
    <div class="team-app">
      <ThresholdCount />
      <WorkshopSection />
      <GatherResults />
      {ImportOutcomes !== null && <ImportOutcomes />}
      <CollectionManager />
      {ProfileView !== null && <ProfileView instrument={instrument} frameworkHref={frameworkHref} />}
      {GroupPlan !== null && <GroupPlan instrument={instrument} {...(workshop ? { group: workshop } : {})} />}
    </div>
  );
}
