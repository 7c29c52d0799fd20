/** Notices for the person: what could not be restored from this device, and why. */
import { atom } from 'nanostores';

/** One notice: a stable id (so it can be replaced or dismissed) and sentences shown as text. */
export interface Notice {
  id: string;
  lines: string[];
}

/** The notices shown now, oldest first. */
export const $notices = atom<Notice[]>([]);

/** Show a notice, replacing any with the same id. */
export function notify(notice: Notice): void {
  $notices.set([...$notices.get().filter((n) => n.id !== notice.id), notice]);
}

/** Hide the notice with this id. */
export function dismissNotice(id: string): void {
  $notices.set($notices.get().filter((n) => n.id !== id));
}

/** Hide every notice. */
export function clearNotices(): void {
  $notices.set([]);
}
