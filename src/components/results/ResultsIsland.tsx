/**
 * The results page's island. What it shows depends on this browser (the answers kept here, the
 * address's fragment), so the server renders only its "loading" line; the results replace it once
 * the island has hydrated, after the page's first paint (client:paint).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { t } from '../../i18n/t';
import { ResultsApp } from './ResultsApp';

interface Props {
  instrument: Instrument;
  /** import.meta.env.BASE_URL */
  base: string;
}

export function ResultsIsland(props: Props) {
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => setInBrowser(true), []);
  return inBrowser ? <ResultsApp {...props} /> : <p>{t('results.loading')}</p>;
}
