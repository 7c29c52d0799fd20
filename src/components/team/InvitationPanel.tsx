/**
 * Inviting participants to the open workshop: the invitation link (built from this page's own
 * address, so it works on any host and base path), a copy button, a QR code drawn only when asked
 * for (the QR library loads then), and a one-page printable invitation.
 */
import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { siteUrl } from '../../lib/paths';
import { encodeInvitation, invitationLink } from '../../lib/workshop';
import { invitationOf } from '../../lib/workshop-index';
import { $activeWorkshop, keepWorkshopList } from '../../stores/workshops';
import { pageBase, t, type MessageKey } from '../../i18n/t';
import type { Level } from '../../lib/result';

/** The invitation's line naming the level to rate, by level. */
const RATE_KEYS: Record<Level, MessageKey> = {
  team: 'workshop.inviteRateTeam',
  organisation: 'workshop.inviteRateOrganisation',
  partnership: 'workshop.inviteRatePartnership',
};

type QrProps = { text: string; label: string };
type QrState =
  { kind: 'hidden' } | { kind: 'loading' } | { kind: 'shown'; Qr: ComponentType<QrProps> } | { kind: 'failed' };

/** The site's root address as served now (origin and base path), for links handed to other people. */
function siteRoot(): string {
  return siteUrl(globalThis.location.href, pageBase());
}

export default function InvitationPanel() {
  const workshop = useStore($activeWorkshop);
  const [root, setRoot] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [qr, setQr] = useState<QrState>({ kind: 'hidden' });
  const linkInput = useRef<HTMLInputElement>(null);
  const printAfterLoad = useRef(false);

  // The address is read in the browser only (the server-rendered page has none).
  useEffect(() => setRoot(siteRoot()), []);
  useEffect(() => setCopied(''), [workshop]);
  useEffect(() => {
    if (qr.kind === 'shown' && printAfterLoad.current) {
      printAfterLoad.current = false;
      printInvitation();
    }
  }, [qr]);

  if (workshop === null || root === null) return null;
  const link = invitationLink(root, encodeInvitation(invitationOf(workshop)));

  const loadQr = () => {
    keepWorkshopList();
    if (qr.kind === 'shown' || qr.kind === 'loading') return;
    setQr({ kind: 'loading' });
    import('./InvitationQr').then(
      (m) => setQr({ kind: 'shown', Qr: m.default }),
      () => setQr({ kind: 'failed' }),
    );
  };

  const copy = async () => {
    keepWorkshopList();
    try {
      await navigator.clipboard.writeText(link);
      setCopied(t('workshop.linkCopied'));
    } catch {
      linkInput.current?.select();
      setCopied(t('workshop.copyFailed'));
    }
  };

  return (
    // The link copied by hand (its text selected, or the link's own menu) keeps the tag too.
    <section
      class="team-invitation"
      aria-labelledby="invite-heading"
      onCopy={keepWorkshopList}
      onContextMenu={keepWorkshopList}
    >
      <h2 id="invite-heading" class="no-print">
        {t('workshop.inviteHeading')}
      </h2>
      <p class="no-print">{t('workshop.inviteIntro')}</p>
      <div class="team-invite-link no-print">
        <label for="invite-link">{t('workshop.linkLabel')}</label>
        <input
          id="invite-link"
          ref={linkInput}
          readOnly
          value={link}
          spellcheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <p class="team-actions">
          <button type="button" onClick={() => void copy()}>
            {t('workshop.copyLink')}
          </button>{' '}
          <span role="status" aria-live="polite" class="team-copy-status">
            {copied}
          </span>
        </p>
        <p class="team-actions">
          <button
            type="button"
            class="secondary"
            aria-expanded={qr.kind === 'shown'}
            aria-controls="invitation-qr"
            onClick={() => (qr.kind === 'shown' ? setQr({ kind: 'hidden' }) : loadQr())}
          >
            {qr.kind === 'shown' ? t('workshop.hideQr') : t('workshop.showQr')}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              if (qr.kind === 'shown') printInvitation();
              else {
                printAfterLoad.current = true;
                loadQr();
              }
            }}
          >
            {t('workshop.printInvitation')}
          </button>
        </p>
      </div>
      <article class="invitation-sheet" aria-label={t('workshop.invitationSheet', { name: workshop.name })}>
        <p class="invitation-kicker">{t('workshop.inviteKicker')}</p>
        <h3 class="invitation-title">{workshop.name}</h3>
        {workshop.message !== undefined && <p class="invitation-message">{workshop.message}</p>}
        {(workshop.level !== undefined || workshop.partnership !== undefined) && (
          <p>
            {workshop.level !== undefined && t(RATE_KEYS[workshop.level])}{' '}
            {workshop.partnership !== undefined && t('workshop.invitePartnership', { name: workshop.partnership })}
          </p>
        )}
        <p>{t('workshop.inviteOpen')}</p>
        <p class="invitation-link">
          <a href={link}>{link}</a>
        </p>
        <div id="invitation-qr" class="invitation-qr-box">
          {qr.kind === 'shown' && <qr.Qr text={link} label={t('workshop.qrLabel')} />}
          {qr.kind === 'loading' && <p role="status">{t('workshop.loadingQr')}</p>}
          {qr.kind === 'failed' && <p role="alert">{t('workshop.qrFailed')}</p>}
        </div>
        <h4>{t('workshop.returnHeading')}</h4>
        <p>
          {workshop.email === undefined
            ? t('workshop.returnText')
            : t('workshop.returnTextEmail', { email: workshop.email })}
        </p>
        <p class="invitation-privacy">
          <strong>{t('workshop.invitePrivacy')}</strong>
        </p>
      </article>
    </section>
  );
}

/** Print only the invitation sheet: the page's other parts are hidden while printing. */
function printInvitation(): void {
  const root = document.documentElement;
  root.classList.add('print-invitation');
  const done = () => {
    root.classList.remove('print-invitation');
    globalThis.removeEventListener('afterprint', done);
  };
  globalThis.addEventListener('afterprint', done);
  globalThis.print();
}
