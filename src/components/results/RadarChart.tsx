/** The results' radar chart: the table beside it carries the same figures. */
import { useRef } from 'preact/hooks';
import type { RadarSeries } from '../radar-chart';
import { useRadar } from '../use-radar';
import { t } from '../../i18n/t';

interface Props {
  labels: string[];
  series: RadarSeries[];
  /** Id of the table holding the same figures, for the canvas's description. */
  tableId: string;
  /** False until the page is ready for the chart to be drawn (its square is kept meanwhile). */
  draw?: boolean;
}

/** A radar of 0–100 scores per dimension. */
export function RadarChart({ labels, series, tableId, draw = true }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const state = useRadar(canvas, { labels, series }, draw);
  return (
    <figure class="radar" data-chart={state}>
      <canvas ref={canvas} role="img" aria-label={t('results.chartLabel')} aria-describedby={tableId} />
      {state === 'failed' && <p>{t('results.chartFailed')}</p>}
    </figure>
  );
}
