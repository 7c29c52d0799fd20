/** The site's one confirmation dialog now lives in src/components/ConfirmDialog.tsx; kept for existing imports. */
export { ConfirmButton } from '../ConfirmDialog';
