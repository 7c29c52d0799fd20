/** The collective profile island: gather results, manage the collection, see the group's figures. */
import { useEffect } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { loadCollection } from '../../stores/collection';
import CollectionManager from './CollectionManager';
import GatherResults from './GatherResults';
import ImportOutcomes from './ImportOutcomes';
import ProfileView from './ProfileView';
import GroupPlan from '../plan/GroupPlan';

export default function TeamProfile({ instrument, frameworkHref }: { instrument: Instrument; frameworkHref: string }) {
  useEffect(() => {
    void loadCollection(instrument);
  }, [instrument]);
  return (
    <div class="team-app">
      <GatherResults />
      <ImportOutcomes />
      <CollectionManager />
      <ProfileView instrument={instrument} frameworkHref={frameworkHref} />
      <GroupPlan instrument={instrument} />
    </div>
  );
}
