/** How a facilitator names the level a workshop assesses (or leaves it to participants). */
import type { Level } from '../../lib/result';

/** Labels of the workshop's level, "participants choose" included. */
export const LEVEL_CHOICES: Record<Level | 'choose', string> = {
  choose: 'Participants choose',
  team: 'A team',
  organisation: 'An organisation',
  partnership: 'A partnership',
};
