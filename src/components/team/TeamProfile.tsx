/**
 * The collective profile island: the facilitator's workshops, inviting participants, gathering
 * their results, managing the collection, and the group's figures.
 */
import { useEffect } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { loadWorkshops } from '../../stores/workshops';
import CollectionManager from './CollectionManager';
import GatherResults from './GatherResults';
import ImportOutcomes from './ImportOutcomes';
import ProfileView from './ProfileView';
import ThresholdCount from './ThresholdCount';
import WorkshopSection from './WorkshopSection';

export default function TeamProfile({ instrument, frameworkHref }: { instrument: Instrument; frameworkHref: string }) {
  useEffect(() => {
    void loadWorkshops(instrument);
  }, [instrument]);
  return (
    <div class="team-app">
      <ThresholdCount />
      <WorkshopSection />
      <GatherResults />
      <ImportOutcomes />
      <CollectionManager />
      <ProfileView instrument={instrument} frameworkHref={frameworkHref} />
    </div>
  );
}
