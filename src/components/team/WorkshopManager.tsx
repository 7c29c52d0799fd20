/**
 * The facilitator's workshops: which one is open, its details, and creating, editing, switching,
 * deleting (confirmed), and moving one to another device as a workshop file.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Invitation } from '../../lib/workshop';
import type { WorkshopRecord } from '../../lib/workshop-index';
import { $collection, $loaded } from '../../stores/collection';
import {
  createWorkshop,
  deleteWorkshop,
  exportWorkshop,
  followOtherTabs,
  importWorkshop,
  switchWorkshop,
  updateWorkshop,
} from '../../stores/workshop-actions';
import { $activeWorkshop, $workshopNotice, $workshops } from '../../stores/workshops';
import { ConfirmButton } from '../ConfirmDialog';
import { downloadText } from '../download';
import { t } from '../../i18n/t';
import { levelChoice } from './levels';
import type { FormProps } from './WorkshopForm';

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
  // Another tab's changes to the workshops and results are read here, not written over.
  useEffect(followOtherTabs, []);
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

  // What a workshop action did, said once the views it changed show it: views that read the
  // workshop stores re-render in a timer of their own (useStore), so the status waits for the next
  // timer too, and never says "created and opened" over the previous workshop's invitation link.
  const announce = (message: string) => setTimeout(() => setStatus(message));
  const closeForm = (message?: string) => {
    setForm(null);
    if (message !== undefined) {
      announce(message);
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
        {t('workshop.heading', { name: active.name })}
      </h2>
      <dl class="team-workshop-facts">
        <div>
          <dt>{t('workshop.level')}</dt>
          <dd>{levelChoice(active.level ?? 'choose')}</dd>
        </div>
        {active.partnership !== undefined && (
          <div>
            <dt>{t('workshop.partnership')}</dt>
            <dd>{active.partnership}</dd>
          </div>
        )}
        {active.email !== undefined && (
          <div>
            <dt>{t('workshop.email')}</dt>
            <dd>{active.email}</dd>
          </div>
        )}
        <div>
          <dt>{t('workshop.tag')}</dt>
          <dd>
            <code>{active.tag}</code> <span class="hint">({t('workshop.tagHint')})</span>
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
              announce(t('workshop.opened', { name: target.name }));
            });
          }}
        >
          <label for="workshop-switch">{t('workshop.switchLabel')}</label>{' '}
          <select id="workshop-switch" value={selected} onChange={(e) => setChoice(e.currentTarget.value)}>
            {workshops.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="secondary" disabled={!loaded}>
            {t('workshop.open')}
          </button>
        </form>
      )}
      <div class="team-actions">
        <button type="button" class="secondary" disabled={!loaded} onClick={(e) => openForm('new', e.currentTarget)}>
          {t('workshop.create')}
        </button>
        <button type="button" class="secondary" disabled={!loaded} onClick={(e) => openForm('edit', e.currentTarget)}>
          {t('workshop.edit')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!loaded}
          onClick={() => {
            void exportWorkshop().then((file) => {
              if (file === null) return;
              downloadText(file.name, file.text, 'application/json');
              setStatus(t('workshop.downloaded', { name: file.name }));
            });
          }}
        >
          {t('workshop.download')}
        </button>
        <ConfirmButton
          label={t('workshop.delete')}
          title={t('workshop.deleteTitle', { name: active.name })}
          onConfirm={() => {
            const name = active.name;
            void deleteWorkshop(active.id).then(() => {
              announce(t('workshop.deleted', { name }));
              heading.current?.focus();
            });
          }}
        >
          <p>{t('workshop.deleteBody', { count: collection.length })}</p>
        </ConfirmButton>
      </div>
      <p class="team-workshop-import">
        <label for="workshop-file">{t('workshop.importLabel')}</label>
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
                const name = result.value.name;
                announce(
                  result.merged === null
                    ? t('workshop.imported', { name, count: $collection.get().length })
                    : t('workshop.merged', { name, count: result.merged.added }),
                );
                heading.current?.focus();
              } else {
                setStatus(t('workshop.refused', { file: file.name, reason: result.message }));
              }
            });
          }}
        />
      </p>
      {/* Always in the page, so that each change is announced where it was made. */}
      <p role="status" aria-live="polite" class="team-workshop-status">
        {status}
      </p>
      {form !== null && Form === null && <p role="status">{t('workshop.loadingForm')}</p>}
      {form !== null && Form === 'failed' && <p role="alert">{t('workshop.formFailed')}</p>}
      {form === 'new' && Form !== null && Form !== 'failed' && (
        <Form
          initial={{ name: '' }}
          title={t('workshop.formNew')}
          submit={t('workshop.submitNew')}
          onCancel={() => closeForm()}
          onDone={async (fields) => {
            const result = await createWorkshop(fields);
            if (!result.ok) return result.message;
            closeForm(t('workshop.created', { name: result.value.name }));
            return null;
          }}
        />
      )}
      {form === 'edit' && Form !== null && Form !== 'failed' && (
        <Form
          key={active.id}
          initial={fieldsOf(active)}
          title={t('workshop.formEdit')}
          submit={t('workshop.submitEdit')}
          onCancel={() => closeForm()}
          onDone={(fields) => {
            const result = updateWorkshop(active.id, fields);
            if (!result.ok) return result.message;
            closeForm(t('workshop.saved'));
            return null;
          }}
        />
      )}
    </section>
  );
}
