/** How a facilitator names the level a workshop assesses (or leaves it to participants). */
import type { Level } from '../../lib/result';
import { t, type MessageKey } from '../../i18n/t';

const LEVEL_CHOICE_KEYS: Record<Level | 'choose', MessageKey> = {
  choose: 'team.levelChoose',
  team: 'team.levelChoiceTeam',
  organisation: 'team.levelChoiceOrganisation',
  partnership: 'team.levelChoicePartnership',
};

/** The label of a workshop's level, "Participants choose" included, in the page's language. */
export function levelChoice(level: Level | 'choose'): string {
  return t(LEVEL_CHOICE_KEYS[level]);
}

type Filter = Level | 'all' | 'not-stated';

const FILTER_KEYS: Record<Filter, MessageKey> = {
  all: 'team.filterAll',
  team: 'team.levelOwnTeam',
  organisation: 'team.levelOwnOrganisation',
  partnership: 'team.levelWiderPartnership',
  'not-stated': 'team.levelNotStated',
};

const FILTER_LOWER_KEYS: Record<Filter, MessageKey> = {
  all: 'team.filterAllLower',
  team: 'team.levelOwnTeamLower',
  organisation: 'team.levelOwnOrganisationLower',
  partnership: 'team.levelWiderPartnershipLower',
  'not-stated': 'team.levelNotStatedLower',
};

/** The level a result was rated at ("My own team"), or a level filter ("All levels", "Level not stated"). */
export function levelLabel(level: Filter): string {
  return t(FILTER_KEYS[level]);
}

/** The same label inside a sentence ("for my own team"): each language says how it is written there. */
export function levelLabelInSentence(level: Filter): string {
  return t(FILTER_LOWER_KEYS[level]);
}
