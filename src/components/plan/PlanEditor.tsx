/**
 * The action plan, for a person (results page) or a group (collective page): per dimension, the
 * actions with what, who leads, by when and status. With `onChange` it can be edited (add, edit,
 * move up and down, remove after a confirmation); without, it is shown as text. Printed, it is
 * text only. The edits themselves are worked out by src/lib/action-plan; this only renders.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  PLAN_LIMITS,
  PLAN_STATUSES,
  randomActionId,
  statusLabel,
  type ActionDraft,
  type ActionPlan,
  type PlanAction,
  type PlanStatus,
} from '../../lib/action-plan';
import { addAction, countActions, datedActions, moveAction, removeAction, updateAction } from '../../lib/plan-edits';
import { downloadText } from '../download';
import { ConfirmButton } from '../ConfirmDialog';
import { t, tParts } from '../../i18n/t';
import { longDate } from '../long-date';

/** The calendar file the plan offers: its file name, calendar name and a scope for the event UIDs. */
export interface CalendarFile {
  fileName: (now: Date) => string;
  name: string;
  scope: string;
}

interface Props {
  /** The dimensions, in framework order. */
  dimensions: readonly { id: string; title: string }[];
  plan: ActionPlan;
  /** Receives the changed plan; without it the plan is read-only. */
  onChange?: ((plan: ActionPlan) => void) | undefined;
  /** Unique prefix for element ids (two plans could share a page). */
  idPrefix: string;
  /** The section's heading. */
  heading: string;
  /** When given, the calendar (.ics) download is offered. */
  calendar?: CalendarFile | undefined;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** A YYYY-MM-DD date as people read it, e.g. "31 March 2027" (the date itself, no time zone shift). */
export function formatDue(due: string): string {
  const [y, m, d] = due.split('-').map(Number) as [number, number, number];
  return longDate(new Date(Date.UTC(y, m - 1, d)), 'UTC');
}

/** What is being edited: a new action for a dimension, or an existing one. */
type Editing = { dimension: string; id: string | null } | null;

/** The plan section. */
export function PlanEditor({ dimensions, plan: given, onChange, idPrefix, heading, calendar }: Props) {
  // The plan as last changed here, until the page passes it back. A page's store renders its
  // change a task later: an edit made in between (a keyboard user adding an action, then moving
  // another at once) must start from it, or it would drop the change before. `known` holds the
  // plan given when the first of these changes was made and each plan sent since; any other plan
  // given comes from elsewhere (an import, say) and is shown as it is.
  const sent = useRef<{ known: Set<ActionPlan>; latest: ActionPlan } | null>(null);
  if (sent.current !== null && (given === sent.current.latest || !sent.current.known.has(given))) sent.current = null;
  const plan = sent.current?.latest ?? given;
  /** Send a changed plan, made from the plan as last changed here. */
  const change = (next: ActionPlan) => {
    const known = sent.current?.known ?? new Set([given]);
    known.add(next);
    sent.current = { known, latest: next };
    onChange?.(next);
  };
  /** The plan to make an edit from: the last one sent, even before this editor has rendered it. */
  const current = () => sent.current?.latest ?? plan;
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<{ dimension: string; text: string } | null>(null);
  const [calendarStatus, setCalendarStatus] = useState('');
  const focusNext = useRef<string | null>(null);
  const headingId = `${idPrefix}-heading`;
  const editable = onChange !== undefined;

  // Focus follows the action that was moved, saved or removed (set before the render that shows it).
  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  const list = (dimension: string) => (Object.hasOwn(plan, dimension) ? (plan[dimension] ?? []) : []);
  const shown = editable ? dimensions : dimensions.filter((d) => list(d.id).length > 0);
  const controlId = (dimension: string, id: string, what: string) => `${idPrefix}-${dimension}-${id}-${what}`;

  const move = (dimension: string, action: PlanAction, by: -1 | 1) => {
    const next = moveAction(current(), dimension, action.id, by);
    const actions = next[dimension] ?? [];
    const place = actions.findIndex((a) => a.id === action.id);
    // Keep focus on the same button, or on the other one when the action reached an end.
    const atEnd = by === -1 ? place === 0 : place === actions.length - 1;
    focusNext.current = controlId(dimension, action.id, (by === -1) !== atEnd ? 'up' : 'down');
    change(next);
    setStatus({
      dimension,
      text: t('plan.moved', { what: short(action.what), place: place + 1, count: actions.length }),
    });
  };

  // Printed, a plan shows only the dimensions that have actions, and nothing when it has none.
  return (
    <section
      class={`results-section plan${shown.every((d) => list(d.id).length === 0) ? ' plan-empty' : ''}`}
      aria-labelledby={headingId}
      data-testid={`${idPrefix}-section`}
    >
      <h2 id={headingId}>{heading}</h2>
      <p class="plan-prompt">
        <strong>{t('plan.prompt')}</strong> {editable ? t('plan.intro') : ''}
      </p>
      {!editable && countActions(plan) === 0 && <p>{t('plan.noPlan')}</p>}
      {shown.map((d) => {
        const actions = list(d.id);
        const addOpen = editing?.dimension === d.id && editing.id === null;
        return (
          <section
            class={`plan-dimension${actions.length === 0 ? ' plan-dimension-empty' : ''}`}
            key={d.id}
            aria-labelledby={`${idPrefix}-${d.id}-heading`}
          >
            <h3 id={`${idPrefix}-${d.id}-heading`}>{d.title}</h3>
            {actions.length === 0 ? (
              <p class="plan-none">{t('plan.none')}</p>
            ) : (
              <ol class="plan-actions">
                {actions.map((a, i) =>
                  editing?.dimension === d.id && editing.id === a.id ? (
                    <li key={a.id}>
                      <ActionForm
                        idBase={controlId(d.id, a.id, 'form')}
                        legend={t('plan.editLabel', { what: short(a.what) })}
                        initial={a}
                        submitLabel={t('plan.save')}
                        onCancel={() => {
                          focusNext.current = controlId(d.id, a.id, 'edit');
                          setEditing(null);
                        }}
                        onSubmit={(draft) => {
                          const next = updateAction(current(), d.id, a.id, draft);
                          if (!next.ok) return next.message;
                          focusNext.current = controlId(d.id, a.id, 'edit');
                          change(next.value);
                          setEditing(null);
                          setStatus({ dimension: d.id, text: t('plan.saved', { what: short(draft.what.trim()) }) });
                          return null;
                        }}
                      />
                    </li>
                  ) : (
                    <li key={a.id} class="plan-action">
                      <p class="plan-what">{a.what}</p>
                      <p class="plan-meta">
                        {a.who !== '' && <span>{t('plan.lead', { who: a.who })}</span>}
                        {a.due !== '' && (
                          <span>{tParts('plan.by', { date: <time dateTime={a.due}>{formatDue(a.due)}</time> })}</span>
                        )}
                        <span class={`plan-status plan-status-${a.status}`}>
                          {t('plan.statusLine', { status: statusLabel(a.status) })}
                        </span>
                      </p>
                      {editable && (
                        <div class="plan-controls no-print">
                          <button
                            type="button"
                            class="secondary"
                            id={controlId(d.id, a.id, 'edit')}
                            aria-label={t('plan.editLabel', { what: short(a.what) })}
                            onClick={() => {
                              focusNext.current = `${controlId(d.id, a.id, 'form')}-what`;
                              setEditing({ dimension: d.id, id: a.id });
                            }}
                          >
                            {t('plan.edit')}
                          </button>
                          {i > 0 && (
                            <button
                              type="button"
                              class="secondary"
                              id={controlId(d.id, a.id, 'up')}
                              aria-label={t('plan.upLabel', { what: short(a.what) })}
                              onClick={() => move(d.id, a, -1)}
                            >
                              {t('plan.up')}
                            </button>
                          )}
                          {i < actions.length - 1 && (
                            <button
                              type="button"
                              class="secondary"
                              id={controlId(d.id, a.id, 'down')}
                              aria-label={t('plan.downLabel', { what: short(a.what) })}
                              onClick={() => move(d.id, a, 1)}
                            >
                              {t('plan.down')}
                            </button>
                          )}
                          <ConfirmButton
                            label={t('plan.remove')}
                            name={t('plan.removeLabel', { what: short(a.what) })}
                            title={t('plan.removeTitle')}
                            onConfirm={() => {
                              focusNext.current = `${idPrefix}-${d.id}-add`;
                              change(removeAction(current(), d.id, a.id));
                              setStatus({ dimension: d.id, text: t('plan.removed', { what: short(a.what) }) });
                            }}
                          >
                            <p>{t('plan.removeBody', { what: short(a.what) })}</p>
                          </ConfirmButton>
                        </div>
                      )}
                    </li>
                  ),
                )}
              </ol>
            )}
            {editable &&
              (addOpen ? (
                <ActionForm
                  idBase={`${idPrefix}-${d.id}-new`}
                  legend={t('plan.add', { title: d.title })}
                  initial={{ what: '', who: '', due: '', status: 'not-started' }}
                  submitLabel={t('plan.addButton')}
                  onCancel={() => {
                    focusNext.current = `${idPrefix}-${d.id}-add`;
                    setEditing(null);
                  }}
                  onSubmit={(draft) => {
                    const next = addAction(current(), d.id, draft, randomActionId);
                    if (!next.ok) return next.message;
                    focusNext.current = `${idPrefix}-${d.id}-add`;
                    change(next.value.plan);
                    setEditing(null);
                    setStatus({
                      dimension: d.id,
                      text: t('plan.added', { what: short(draft.what.trim()), title: d.title }),
                    });
                    return null;
                  }}
                />
              ) : actions.length >= PLAN_LIMITS.perDimension ? (
                <p class="no-print">{t('plan.full', { max: PLAN_LIMITS.perDimension })}</p>
              ) : (
                <button
                  type="button"
                  class="secondary no-print"
                  id={`${idPrefix}-${d.id}-add`}
                  onClick={() => {
                    focusNext.current = `${idPrefix}-${d.id}-new-what`;
                    setEditing({ dimension: d.id, id: null });
                  }}
                >
                  {t('plan.add', { title: d.title })}
                </button>
              ))}
            {editable && (
              <p aria-live="polite" class="plan-status-message no-print" data-testid={`${idPrefix}-${d.id}-status`}>
                {status?.dimension === d.id ? status.text : ''}
              </p>
            )}
          </section>
        );
      })}
      {calendar && (
        <div class="plan-calendar no-print">
          {datedActions(plan) === 0 ? (
            <p>{t('plan.noDates')}</p>
          ) : (
            <>
              <p>{t('plan.calendarHelp')}</p>
              <button
                type="button"
                onClick={() => {
                  // The calendar writer loads on first use: it is not part of the page's first load.
                  void import('../../lib/ics').then(({ planToIcs }) => {
                    const now = new Date();
                    const name = calendar.fileName(now);
                    const titles = Object.fromEntries(dimensions.map((d) => [d.id, d.title]));
                    downloadText(
                      name,
                      planToIcs(plan, { titles, now, name: calendar.name, scope: calendar.scope }),
                      'text/calendar;charset=utf-8',
                    );
                    setCalendarStatus(t('plan.calendarDone', { name, count: datedActions(plan) }));
                  });
                }}
              >
                {t('plan.calendar')}
              </button>
            </>
          )}
          <p aria-live="polite" class="plan-status-message" data-testid={`${idPrefix}-calendar-status`}>
            {calendarStatus}
          </p>
        </div>
      )}
    </section>
  );
}

interface FormProps {
  idBase: string;
  legend: string;
  initial: ActionDraft;
  submitLabel: string;
  /** Returns a message when the action is refused (the form stays open), or null when accepted. */
  onSubmit: (draft: ActionDraft) => string | null;
  onCancel: () => void;
}

/** The fields of one action, for adding or editing; Escape cancels. */
function ActionForm({ idBase, legend, initial, submitLabel, onSubmit, onCancel }: FormProps) {
  const [draft, setDraft] = useState<ActionDraft>({
    what: initial.what,
    who: initial.who,
    due: initial.due,
    status: initial.status,
  });
  const [error, setError] = useState('');
  const field = (name: keyof ActionDraft) => `${idBase}-${name}`;
  return (
    <form
      class="plan-form no-print"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const message = onSubmit(draft);
        if (message !== null) {
          setError(message);
          document.getElementById(field('what'))?.focus();
        }
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <fieldset>
        <legend>{legend}</legend>
        <label for={field('what')}>{t('plan.what')}</label>
        <textarea
          id={field('what')}
          rows={2}
          maxLength={PLAN_LIMITS.what}
          required
          aria-invalid={error === '' ? undefined : 'true'}
          aria-describedby={error === '' ? undefined : `${idBase}-error`}
          value={draft.what}
          onInput={(e) => setDraft({ ...draft, what: e.currentTarget.value })}
        />
        <div class="plan-form-row">
          <div>
            <label for={field('who')}>
              {t('plan.who')} <span class="plan-optional">{t('plan.optional')}</span>
            </label>
            <input
              id={field('who')}
              type="text"
              maxLength={PLAN_LIMITS.who}
              value={draft.who}
              onInput={(e) => setDraft({ ...draft, who: e.currentTarget.value })}
            />
          </div>
          <div>
            <label for={field('due')}>
              {t('plan.due')} <span class="plan-optional">{t('plan.optional')}</span>
            </label>
            <input
              id={field('due')}
              type="date"
              min="1900-01-01"
              max="2999-12-31"
              value={draft.due}
              onInput={(e) => setDraft({ ...draft, due: e.currentTarget.value })}
            />
          </div>
          <div>
            <label for={field('status')}>{t('plan.status')}</label>
            <select
              id={field('status')}
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value as PlanStatus })}
            >
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p role="alert" id={`${idBase}-error`} class="plan-error">
          {error}
        </p>
        <div class="button-row">
          <button type="submit">{submitLabel}</button>
          <button type="button" class="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
