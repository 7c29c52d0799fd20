/**
 * The workshop a participant was invited to, kept on this device with their answers (under its
 * own key, as its invitation code) so that the result they return carries the workshop's tag.
 */
import { atom } from 'nanostores';
import { t } from '../i18n/t';
import type { Level } from '../lib/result';
import { isInvitationFragment } from '../lib/result-view';
import type { Invitation } from '../lib/workshop';
import { readStored, writeStored } from './storage';

/** The storage key of the invitation code; the suffix is the format's version. */
export const INVITATION_KEY = 'cli:invitation:v1';

/** The workshop this person takes the inventory for, or null. */
export const $invitation = atom<Invitation | null>(null);
/** Why an invitation in the address could not be read, or null. */
export const $invitationProblem = atom<string | null>(null);

/** The invitation format, loaded only when there is an invitation to read: no page's first load carries it. */
const workshopFormat = () => import('../lib/workshop');

/** Read the kept invitation (once the page starts); a kept value that cannot be read is forgotten. */
export async function loadInvitation(): Promise<void> {
  if (readStored(INVITATION_KEY) === undefined) {
    $invitation.set(null);
    return;
  }
  let format: Awaited<ReturnType<typeof workshopFormat>>;
  try {
    format = await workshopFormat();
  } catch {
    return; // offline before the code was cached: the page works on without the workshop
  }
  const { decodeInvitation } = format;
  // Read after loading, so that an invitation opened meanwhile is the one kept.
  const raw = readStored(INVITATION_KEY);
  if (raw === undefined) return;
  const parsed = decodeInvitation(raw);
  $invitation.set(parsed.ok ? parsed.value : null);
  if (!parsed.ok) writeStored(INVITATION_KEY, undefined);
}

/** What opening an invitation changed in the context: the fields it pre-fills. */
export interface Prefill {
  level?: Level;
  partnership?: string;
}

/**
 * Take part in the workshop of an invitation in the URL fragment. Resolves to what it pre-fills in
 * the context (level, partnership; nothing when the same invitation was already open), or null when
 * the fragment is no invitation or cannot be read (then `$invitationProblem` says why, and nothing
 * else changes). Never rejects.
 */
export async function openInvitationFragment(hash: string): Promise<Prefill | null> {
  if (!isInvitationFragment(hash)) return null;
  let format: Awaited<ReturnType<typeof workshopFormat>>;
  try {
    format = await workshopFormat();
  } catch {
    $invitationProblem.set(t('inventory.invitationNotLoaded'));
    return null;
  }
  const { decodeInvitation, encodeInvitation } = format;
  let text = hash.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A broken percent-escape: read the fragment as it is; the decoder then says what is wrong.
  }
  const parsed = decodeInvitation(text);
  if (!parsed.ok) {
    $invitationProblem.set(t('inventory.invitationDamaged', { reason: parsed.message }));
    return null;
  }
  $invitationProblem.set(null);
  const invitation = parsed.value;
  const code = encodeInvitation(invitation);
  const again = readStored(INVITATION_KEY) === code;
  writeStored(INVITATION_KEY, code);
  $invitation.set(invitation);
  const prefill: Prefill = {};
  // Opening the same invitation again keeps what the person chose since.
  if (again) return prefill;
  if (invitation.level !== undefined) prefill.level = invitation.level;
  if (invitation.partnership !== undefined) prefill.partnership = invitation.partnership;
  return prefill;
}

/** Take the inventory without the workshop: forget the invitation on this device. */
export function leaveWorkshop(): void {
  writeStored(INVITATION_KEY, undefined);
  $invitation.set(null);
  $invitationProblem.set(null);
}

/** Clear the message about an unreadable invitation. */
export function dismissInvitationProblem(): void {
  $invitationProblem.set(null);
}
