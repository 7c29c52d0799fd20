/** A button that asks for confirmation in a native modal <dialog> before doing something it cannot undo. */
import { useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props {
  /** The button's text, and the dialog's confirm button. */
  label: string;
  /** The dialog's heading. */
  title: string;
  children: ComponentChildren;
  onConfirm: () => void;
  /** The opening button's accessible name, when its text alone is ambiguous (several on a page). */
  name?: string;
  /** A page-unique id for the dialog's heading, when several dialogs share a label. */
  id?: string;
}

/** Opens a modal dialog (Escape or Cancel closes it; focus returns to the button). */
export function ConfirmButton({ label, title, children, onConfirm, name, id }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = id ?? `confirm-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button
        type="button"
        class="secondary"
        ref={opener}
        aria-label={name}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} class="confirm" aria-labelledby={headingId} onClose={() => opener.current?.focus()}>
        <h2 id={headingId}>{title}</h2>
        {children}
        <div class="step-buttons">
          <button
            type="button"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {label}
          </button>
          <button type="button" class="secondary" autofocus onClick={close}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
