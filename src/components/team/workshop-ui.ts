/** The workshop manager and the invitation panel, loaded together by WorkshopSection. */
export { default as InvitationPanel } from './InvitationPanel';
export { default as WorkshopManager } from './WorkshopManager';
