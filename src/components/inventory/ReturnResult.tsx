/**
 * "Return your result": for a person invited to a workshop, the next step at the end. The code
 * (tagged with the workshop, nothing that names the person) in large type, Copy code, Copy link,
 * Email it to the facilitator (when the workshop gave an address), and a QR code of the link to be
 * scanned in the room. Reused by the results page.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Answers, Instrument } from '../../lib/instrument';
import type { Level } from '../../lib/result';
import { resultLink, returnMailto } from '../../lib/return-result';
import { encodeShareCode } from '../../lib/share-code';
import type { Invitation } from '../../lib/workshop';
import { ResultQr } from './ResultQr';
import './return-result.css';

const TEXT = {
  heading: (name: string) => `Return your result to ${name}`,
  intro:
    'Give the facilitator this code: copy it into an email or a chat, email it from here, or let them scan the QR code in the room.',
  holds:
    'It holds your answers, the level you assessed and the workshop’s tag; not your name, your notes or the partnership name. Only what you choose to send leaves this device.',
  codeLabel: 'Your result code',
  copyCode: 'Copy code',
  copyLink: 'Copy link',
  email: 'Email it to the facilitator',
  codeCopied: 'The code is copied. Paste it into your email or chat to the facilitator.',
  linkCopied: 'The link is copied. Paste it into your email or chat to the facilitator.',
  notAllowed: (what: string) => `Copying is not allowed here: the ${what} is selected, press Ctrl+C (or ⌘C) to copy it.`,
  qrCaption: 'Scan to return this result',
  linkLabel: 'Link to your result',
} as const;

interface Props {
  instrument: Instrument;
  answers: Answers;
  level: Level | undefined;
  invitation: Invitation;
}

/** Select an element's text, so that a person can copy it with the keyboard. */
function selectText(element: HTMLElement | null): void {
  if (element === null) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** The return panel for one result and the workshop it is for. */
export function ReturnResult({ instrument, answers, level, invitation }: Props) {
  const code = useMemo(
    () => encodeShareCode(instrument, answers, level, invitation.tag),
    [instrument, answers, level, invitation.tag],
  );
  // From the page's own address at run time, so the link works wherever the site is served.
  const link = resultLink(location.href, import.meta.env.BASE_URL, code);
  const mailto = returnMailto(invitation, code, link);
  const [status, setStatus] = useState('');
  const codeText = useRef<HTMLParagraphElement>(null);
  const linkText = useRef<HTMLAnchorElement>(null);

  const copy = async (text: string, done: string, what: string, element: HTMLElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      selectText(element);
      setStatus(TEXT.notAllowed(what));
    }
  };

  return (
    <section class="return-result" id="return-result" aria-labelledby="return-heading">
      <h2 id="return-heading">{TEXT.heading(invitation.name)}</h2>
      <p>{TEXT.intro}</p>
      <div class="return-code-box">
        <p class="return-code-label" id="return-code-label">
          {TEXT.codeLabel}
        </p>
        <p class="return-code" ref={codeText} aria-labelledby="return-code-label" data-testid="return-code">
          {code}
        </p>
      </div>
      <div class="button-row">
        <button type="button" onClick={() => void copy(code, TEXT.codeCopied, 'code', codeText.current)}>
          {TEXT.copyCode}
        </button>
        <button type="button" onClick={() => void copy(link, TEXT.linkCopied, 'link', linkText.current)}>
          {TEXT.copyLink}
        </button>
        {mailto !== null && (
          <a class="button-link" href={mailto} data-testid="return-email">
            {TEXT.email}
          </a>
        )}
      </div>
      <p role="status" class="return-status">
        {status}
      </p>
      <p class="return-link">
        {TEXT.linkLabel}:{' '}
        <a href={link} ref={linkText} data-testid="return-link">
          {link}
        </a>
      </p>
      <ResultQr text={link} caption={TEXT.qrCaption} />
      <p class="hint">{TEXT.holds}</p>
    </section>
  );
}
