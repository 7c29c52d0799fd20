/**
 * The collective profile island: the facilitator's workshops, inviting participants, gathering
 * their results, managing the collection, and the group's figures.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { DEFAULT_GROUP } from '../../stores/plan';
import { $activeId, loadWorkshops } from '../../stores/workshops';
import CollectionManager from './CollectionManager';
import GatherResults from './GatherResults';
import ImportOutcomes from './ImportOutcomes';
import ProfileView from './ProfileView';
import ThresholdCount from './ThresholdCount';
import WorkshopSection from './WorkshopSection';
import GroupPlan from '../plan/GroupPlan';

export default function TeamProfile({ instrument, frameworkHref }: { instrument: Instrument; frameworkHref: string }) {
  useEffect(() => {
    void loadWorkshops(instrument);
  }, [instrument]);
  // Each workshop has its own group plan.
  const workshop = useStore($activeId);
  return (
    <div class="team-app">
      <ThresholdCount />
      <WorkshopSection />
      <GatherResults />
      <ImportOutcomes />
      <CollectionManager />
      <ProfileView instrument={instrument} frameworkHref={frameworkHref} />
      <GroupPlan instrument={instrument} group={workshop || DEFAULT_GROUP} />
    </div>
  );
}
