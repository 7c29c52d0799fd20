/**
 * "Return your result": for a person invited to a workshop, the next step at the end. The code
 * (tagged with the workshop, nothing that names the person) in large type, Copy code, Copy link,
 * Email it to the facilitator (when the workshop gave an address), and a QR code of the link to be
 * scanned in the room. Reused by the results page.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { t, tParts } from '../../i18n/t';
import type { Answers, Instrument } from '../../lib/instrument';
import type { Level } from '../../lib/result';
import { resultLink, returnMailto } from '../../lib/return-result';
import { encodeShareCode } from '../../lib/share-code';
import type { Invitation } from '../../lib/workshop';
import { ResultQr } from './ResultQr';
import './return-result.css';

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

  const copy = async (text: string, done: string, notAllowed: string, element: HTMLElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      selectText(element);
      setStatus(notAllowed);
    }
  };

  return (
    <section class="return-result" id="return-result" aria-labelledby="return-heading">
      <h2 id="return-heading">{t('inventory.returnHeading', { name: invitation.name })}</h2>
      <p>{t('inventory.returnIntro')}</p>
      <div class="return-code-box">
        <p class="return-code-label" id="return-code-label">
          {t('inventory.returnCodeLabel')}
        </p>
        <p class="return-code" ref={codeText} aria-labelledby="return-code-label" data-testid="return-code">
          {code}
        </p>
      </div>
      <div class="button-row">
        <button type="button" onClick={() =>
            void copy(code, t('inventory.codeCopied'), t('inventory.copyCodeNotAllowed'), codeText.current)
          }
        >
          {t('inventory.copyCode')}
        </button>
        <button type="button" onClick={() =>
            void copy(link, t('inventory.linkCopied'), t('inventory.copyLinkNotAllowed'), linkText.current)
          }
        >
          {t('inventory.copyLink')}
        </button>
        {mailto !== null && (
          <a class="button-link" href={mailto} data-testid="return-email">
            {t('inventory.emailFacilitator')}
          </a>
        )}
      </div>
      <p role="status" class="return-status">
        {status}
      </p>
      <p class="return-link">
        {tParts('inventory.returnLinkLine', {
          link: (
            <a href={link} ref={linkText} data-testid="return-link">
              {link}
            </a>
          ),
        })}
      </p>
      <ResultQr text={link} caption={t('inventory.qrCaption')} />
      <p class="hint">{t('inventory.returnHolds')}</p>
    </section>
  );
}
