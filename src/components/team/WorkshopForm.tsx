/** The workshop form (name, level, partnership, return address, message): loaded when first opened. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LEVELS, type Level } from '../../lib/result';
import { INVITATION_LIMITS, type Invitation } from '../../lib/workshop';
import { t } from '../../i18n/t';
import { levelChoice } from './levels';

type Fields = Omit<Invitation, 'tag'>;

/** What the workshop manager passes to the form. */
export interface FormProps {
  initial: Fields;
  title: string;
  submit: string;
  /** Resolves to a sentence saying what is wrong, or null when the fields were taken. */
  onDone(fields: Fields): Promise<string | null> | string | null;
  onCancel(): void;
}

/** The fields of a workshop, to create one or change one; the submit handler says what is wrong, if anything. */
export default function WorkshopForm({ initial, title, submit, onDone, onCancel }: FormProps) {
  const [name, setName] = useState(initial.name);
  const [level, setLevel] = useState<Level | 'choose'>(initial.level ?? 'choose');
  const [partnership, setPartnership] = useState(initial.partnership ?? '');
  const [email, setEmail] = useState(initial.email ?? '');
  const [message, setMessage] = useState(initial.message ?? '');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const fields = (): Fields => {
    const out: Fields = { name: name.trim() };
    if (level !== 'choose') out.level = level;
    if (partnership.trim() !== '') out.partnership = partnership.trim();
    if (email.trim() !== '') out.email = email.trim();
    if (message.trim() !== '') out.message = message.trim().replace(/\r\n?/g, '\n');
    return out;
  };

  return (
    <form
      class="team-workshop-form"
      aria-labelledby="workshop-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void Promise.resolve(onDone(fields())).then(setError);
      }}
    >
      <h3 id="workshop-form-heading">{title}</h3>
      <p>
        <label for="workshop-name">{t('workshop.nameField')}</label>
        <span id="workshop-name-hint" class="hint">
          {t('workshop.nameHint')}
        </span>
        <input
          id="workshop-name"
          ref={first}
          required
          maxLength={INVITATION_LIMITS.name}
          aria-describedby="workshop-name-hint"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </p>
      <fieldset>
        <legend>{t('workshop.level')}</legend>
        {(['choose', ...LEVELS] as const).map((l) => (
          <label key={l} class="choice">
            <input type="radio" name="workshop-level" value={l} checked={level === l} onChange={() => setLevel(l)} />{' '}
            {levelChoice(l)}
          </label>
        ))}
      </fieldset>
      <p>
        <label for="workshop-partnership">{t('workshop.partnershipField')}</label>
        <span id="workshop-partnership-hint" class="hint">
          {t('workshop.partnershipHint')}
        </span>
        <input
          id="workshop-partnership"
          maxLength={INVITATION_LIMITS.partnership}
          aria-describedby="workshop-partnership-hint"
          value={partnership}
          onInput={(e) => setPartnership(e.currentTarget.value)}
        />
      </p>
      <p>
        <label for="workshop-email">{t('workshop.emailField')}</label>
        <span id="workshop-email-hint" class="hint">
          {t('workshop.emailHint')}
        </span>
        <input
          id="workshop-email"
          type="email"
          autocomplete="email"
          maxLength={INVITATION_LIMITS.email}
          aria-describedby="workshop-email-hint"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </p>
      <p>
        <label for="workshop-message">{t('workshop.messageField')}</label>
        <textarea
          id="workshop-message"
          rows={3}
          maxLength={INVITATION_LIMITS.message}
          value={message}
          onInput={(e) => setMessage(e.currentTarget.value)}
        />
      </p>
      {error !== null && (
        <p class="team-notice" role="alert">
          {error}
        </p>
      )}
      <p class="team-actions">
        <button type="submit">{submit}</button>{' '}
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
