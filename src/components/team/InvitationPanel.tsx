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
import { $activeWorkshop } from '../../stores/workshops';
import { LEVEL_CHOICES } from './levels';

const TEXT = {
  heading: 'Invite participants',
  intro:
    'Send this link to each participant (email, chat), show the QR code in the room, or print the invitation. The workshop’s details travel in the link itself, after the “#”, which browsers never send to a server.',
  linkLabel: 'Invitation link',
  copy: 'Copy the link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy here: the link is selected, copy it with your keyboard or menu.',
  showQr: 'Show the QR code',
  hideQr: 'Hide the QR code',
  loadingQr: 'Drawing the QR code…',
  qrFailed: 'The QR code could not be drawn; the link works as it is.',
  qrLabel: 'QR code of the invitation link',
  print: 'Print the invitation',
  kicker: 'You are invited to take the Collective Leadership inventory',
  level: (label: string) => `Rate: ${label.toLowerCase()}.`,
  partnership: (name: string) => `Partnership: ${name}.`,
  open: 'Open this link in your browser, or scan the QR code with your phone’s camera:',
  returnHeading: 'Returning your result',
  returnText: (email: string | undefined) =>
    `When you have answered, the page offers “Return your result”: copy your result code or link and send it to the facilitator${
      email === undefined ? '' : ` (${email}), or use “Email it to the facilitator”`
    }, or show its QR code to be scanned in the room.`,
  privacy:
    'Your answers stay on your device: nothing is sent to any server. Only the code you choose to return leaves it; it holds your ratings and the level you rated, never your name.',
} as const;

type QrProps = { text: string; label: string };
type QrState =
  { kind: 'hidden' } | { kind: 'loading' } | { kind: 'shown'; Qr: ComponentType<QrProps> } | { kind: 'failed' };

/** The site's root address as served now (origin and base path), for links handed to other people. */
function siteRoot(): string {
  return siteUrl(globalThis.location.href, import.meta.env.BASE_URL);
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
    if (qr.kind === 'shown' || qr.kind === 'loading') return;
    setQr({ kind: 'loading' });
    import('./InvitationQr').then(
      (m) => setQr({ kind: 'shown', Qr: m.default }),
      () => setQr({ kind: 'failed' }),
    );
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(TEXT.copied);
    } catch {
      linkInput.current?.select();
      setCopied(TEXT.copyFailed);
    }
  };

  return (
    <section class="team-invitation" aria-labelledby="invite-heading">
      <h2 id="invite-heading" class="no-print">
        {TEXT.heading}
      </h2>
      <p class="no-print">{TEXT.intro}</p>
      <div class="team-invite-link no-print">
        <label for="invite-link">{TEXT.linkLabel}</label>
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
            {TEXT.copy}
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
            {qr.kind === 'shown' ? TEXT.hideQr : TEXT.showQr}
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
            {TEXT.print}
          </button>
        </p>
      </div>
      <article class="invitation-sheet" aria-label={`Invitation: ${workshop.name}`}>
        <p class="invitation-kicker">{TEXT.kicker}</p>
        <h3 class="invitation-title">{workshop.name}</h3>
        {workshop.message !== undefined && <p class="invitation-message">{workshop.message}</p>}
        {(workshop.level !== undefined || workshop.partnership !== undefined) && (
          <p>
            {workshop.level !== undefined && TEXT.level(LEVEL_CHOICES[workshop.level])}{' '}
            {workshop.partnership !== undefined && TEXT.partnership(workshop.partnership)}
          </p>
        )}
        <p>{TEXT.open}</p>
        <p class="invitation-link">
          <a href={link}>{link}</a>
        </p>
        <div id="invitation-qr" class="invitation-qr-box">
          {qr.kind === 'shown' && <qr.Qr text={link} label={TEXT.qrLabel} />}
          {qr.kind === 'loading' && <p role="status">{TEXT.loadingQr}</p>}
          {qr.kind === 'failed' && <p role="alert">{TEXT.qrFailed}</p>}
        </div>
        <h4>{TEXT.returnHeading}</h4>
        <p>{TEXT.returnText(workshop.email)}</p>
        <p class="invitation-privacy">
          <strong>{TEXT.privacy}</strong>
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
