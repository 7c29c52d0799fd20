/**
 * The site's one confirmation for what cannot be undone: a button that opens a native modal
 * <dialog> (styled in global.css as `dialog.confirm`). Every page uses this, never window.confirm.
 */
import { useId, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '../i18n/t';

interface Props {
  /** The button's text, and the dialog's confirm button unless `confirmLabel` is given. */
  label: string;
  /** The opener's content when it says more than `label` (e.g. a visually hidden "the result saved …"). */
  opener?: ComponentChildren;
  /** The dialog's heading, and its accessible name. */
  title: string;
  /** The dialog's confirm button, when it differs from the opener. */
  confirmLabel?: string;
  /** The opener's class: "secondary" unless given. */
  buttonClass?: string;
  /** The opener's accessible name, when its text alone is ambiguous (several such buttons on a page). */
  name?: string;
  children: ComponentChildren;
  onConfirm: () => void;
}

/** Opens a modal dialog (Cancel is focused first; Escape or Cancel close it; focus returns to the button). */
export function ConfirmButton({
  label,
  opener,
  title,
  confirmLabel,
  buttonClass = 'secondary',
  name,
  children,
  onConfirm,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const headingId = `confirm-${useId()}`;
  // After a confirmation the action decides where focus goes (its button may be gone): the dialog's
  // "close" event, which comes later, must not pull focus back to the button.
  const confirmed = useRef(false);
  const close = () => {
    dialog.current?.close();
    button.current?.focus();
  };
  return (
    <>
      <button
        type="button"
        class={buttonClass}
        ref={button}
        aria-label={name}
        onClick={() => dialog.current?.showModal()}
      >
        {opener ?? label}
      </button>
      <dialog
        ref={dialog}
        class="confirm"
        aria-labelledby={headingId}
        onClose={() => {
          if (confirmed.current) confirmed.current = false;
          else button.current?.focus();
        }}
      >
        <h2 id={headingId}>{title}</h2>
        {children}
        <div class="confirm-buttons">
          <button
            type="button"
            onClick={() => {
              confirmed.current = true;
              close();
              onConfirm();
            }}
          >
            {confirmLabel ?? label}
          </button>
          <button type="button" class="secondary" autofocus onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
