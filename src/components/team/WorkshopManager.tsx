/**
 * The facilitator's workshops: which one is open, its details, and creating, editing, switching,
 * deleting (confirmed), and moving one to another device as a workshop file.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Invitation } from '../../lib/workshop';
import type { WorkshopRecord } from '../../lib/workshop-index';
import { $collection, $loaded } from '../../stores/collection';
import {
  createWorkshop,
  deleteWorkshop,
  exportWorkshop,
  importWorkshop,
  switchWorkshop,
  updateWorkshop,
} from '../../stores/workshop-actions';
import { $activeWorkshop, $workshopNotice, $workshops } from '../../stores/workshops';
import { ConfirmButton } from '../ConfirmDialog';
import { downloadText } from '../download';
import { LEVEL_CHOICES } from './levels';
import type { FormProps } from './WorkshopForm';

const TEXT = {
  heading: (name: string) => `Workshop: ${name}`,
  level: 'Level assessed',
  partnership: 'Partnership',
  email: 'Results may be emailed to',
  tag: 'Workshop tag',
  tagHint: 'carried by each result made from this workshop’s invitation; it names the workshop, not a person',
  switchLabel: 'Your workshops on this device',
  open: 'Open',
  create: 'New workshop',
  edit: 'Edit this workshop',
  del: 'Delete this workshop',
  delTitle: (name: string) => `Delete “${name}”?`,
  delBody: (n: number) =>
    `Its invitation details and its ${n === 1 ? 'result' : `${n.toLocaleString('en')} results`} will be removed from this browser. Download the workshop file first to keep them. This cannot be undone.`,
  download: 'Download the workshop file',
  importLabel: 'Open a workshop file (from another device)',
  created: (name: string) => `Workshop “${name}” created and opened.`,
  saved: 'Changes saved.',
  opened: (name: string) => `Opened “${name}”.`,
  deleted: (name: string) => `Workshop “${name}” deleted.`,
  downloaded: (name: string) => `Downloaded ${name}.`,
  imported: (name: string, n: number) =>
    `Workshop “${name}” opened from its file, with ${n} ${n === 1 ? 'result' : 'results'}.`,
  refused: (file: string, why: string) => `${file} was not opened: ${why}`,
  formNew: 'New workshop',
  formEdit: 'Edit the workshop',
  submitNew: 'Create workshop',
  submitEdit: 'Save changes',
  loadingForm: 'Opening the form…',
  formFailed: 'The form could not be loaded. Reload the page and try again.',
} as const;

type Fields = Omit<Invitation, 'tag'>;

function fieldsOf(w: WorkshopRecord): Fields {
  const out: Fields = { name: w.name };
  if (w.level !== undefined) out.level = w.level;
  if (w.partnership !== undefined) out.partnership = w.partnership;
  if (w.email !== undefined) out.email = w.email;
  if (w.message !== undefined) out.message = w.message;
  return out;
}

export default function WorkshopManager() {
  const workshops = useStore($workshops);
  const active = useStore($activeWorkshop);
  const notice = useStore($workshopNotice);
  const loaded = useStore($loaded);
  const collection = useStore($collection);
  const [form, setForm] = useState<'new' | 'edit' | null>(null);
  // The form's code loads the first time it is opened: it is not part of the page's first load.
  const [Form, setFormComponent] = useState<ComponentType<FormProps> | null | 'failed'>(null);
  const openForm = (kind: 'new' | 'edit', button: HTMLButtonElement) => {
    opener.current = button;
    setStatus('');
    setForm(kind);
    if (Form === null || Form === 'failed') {
      import('./WorkshopForm').then(
        (m) => setFormComponent(() => m.default),
        () => setFormComponent('failed'),
      );
    }
  };
  const [status, setStatus] = useState('');
  const [choice, setChoice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);

  const closeForm = (message?: string) => {
    setForm(null);
    if (message !== undefined) {
      setStatus(message);
      heading.current?.focus();
    } else {
      opener.current?.focus();
    }
  };

  if (active === null) return null;
  const selected = choice !== '' && workshops.some((w) => w.id === choice) ? choice : active.id;

  return (
    <section class="team-workshops no-print" aria-labelledby="workshop-heading">
      <h2 id="workshop-heading" tabIndex={-1} ref={heading}>
        {TEXT.heading(active.name)}
      </h2>
      <dl class="team-workshop-facts">
        <div>
          <dt>{TEXT.level}</dt>
          <dd>{LEVEL_CHOICES[active.level ?? 'choose']}</dd>
        </div>
        {active.partnership !== undefined && (
          <div>
            <dt>{TEXT.partnership}</dt>
            <dd>{active.partnership}</dd>
          </div>
        )}
        {active.email !== undefined && (
          <div>
            <dt>{TEXT.email}</dt>
            <dd>{active.email}</dd>
          </div>
        )}
        <div>
          <dt>{TEXT.tag}</dt>
          <dd>
            <code>{active.tag}</code> <span class="hint">({TEXT.tagHint})</span>
          </dd>
        </div>
      </dl>
      {notice !== null && <p class="team-notice">{notice}</p>}
      {workshops.length > 1 && (
        <form
          class="team-workshop-switch"
          onSubmit={(e) => {
            e.preventDefault();
            const target = workshops.find((w) => w.id === selected);
            if (target === undefined || target.id === active.id) return;
            void switchWorkshop(target.id).then(() => {
              setChoice('');
              setStatus(TEXT.opened(target.name));
            });
          }}
        >
          <label for="workshop-switch">{TEXT.switchLabel}</label>{' '}
          <select id="workshop-switch" value={selected} onChange={(e) => setChoice(e.currentTarget.value)}>
            {workshops.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="secondary" disabled={!loaded}>
            {TEXT.open}
          </button>
        </form>
      )}
      <div class="team-actions">
        <button type="button" class="secondary" disabled={!loaded} onClick={(e) => openForm('new', e.currentTarget)}>
          {TEXT.create}
        </button>
        <button type="button" class="secondary" disabled={!loaded} onClick={(e) => openForm('edit', e.currentTarget)}>
          {TEXT.edit}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!loaded}
          onClick={() => {
            void exportWorkshop().then((file) => {
              if (file === null) return;
              downloadText(file.name, file.text, 'application/json');
              setStatus(TEXT.downloaded(file.name));
            });
          }}
        >
          {TEXT.download}
        </button>
        <ConfirmButton
          label={TEXT.del}
          title={TEXT.delTitle(active.name)}
          onConfirm={() => {
            const name = active.name;
            void deleteWorkshop(active.id).then(() => {
              setStatus(TEXT.deleted(name));
              heading.current?.focus();
            });
          }}
        >
          <p>{TEXT.delBody(collection.length)}</p>
        </ConfirmButton>
      </div>
      <p class="team-workshop-import">
        <label for="workshop-file">{TEXT.importLabel}</label>
        <input
          id="workshop-file"
          type="file"
          accept=".json,application/json"
          disabled={!loaded}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file === undefined) return;
            void importWorkshop(file).then((result) => {
              if (result.ok) {
                setStatus(TEXT.imported(result.value.name, $collection.get().length));
                heading.current?.focus();
              } else {
                setStatus(TEXT.refused(file.name, result.message));
              }
            });
          }}
        />
      </p>
      {/* Always in the page, so that each change is announced where it was made. */}
      <p role="status" aria-live="polite" class="team-workshop-status">
        {status}
      </p>
      {form !== null && Form === null && <p role="status">{TEXT.loadingForm}</p>}
      {form !== null && Form === 'failed' && <p role="alert">{TEXT.formFailed}</p>}
      {form === 'new' && Form !== null && Form !== 'failed' && (
        <Form
          initial={{ name: '' }}
          title={TEXT.formNew}
          submit={TEXT.submitNew}
          onCancel={() => closeForm()}
          onDone={async (fields) => {
            const result = await createWorkshop(fields);
            if (!result.ok) return result.message;
            closeForm(TEXT.created(result.value.name));
            return null;
          }}
        />
      )}
      {form === 'edit' && Form !== null && Form !== 'failed' && (
        <Form
          key={active.id}
          initial={fieldsOf(active)}
          title={TEXT.formEdit}
          submit={TEXT.submitEdit}
          onCancel={() => closeForm()}
          onDone={(fields) => {
            const result = updateWorkshop(active.id, fields);
            if (!result.ok) return result.message;
            closeForm(TEXT.saved);
            return null;
          }}
        />
      )}
    </section>
  );
}
