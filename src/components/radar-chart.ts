/**
 * The one radar chart of the site (a person's results, a group's profile). It is its own module so that
 * Chart.js is fetched only when figures are shown: import it dynamically (see use-radar.ts), never
 * statically. Only the parts a radar needs are registered, which keeps the chunk small.
 */
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type PointStyle,
} from 'chart.js';

import { locale } from '../i18n/t';
import { numberFormat } from '../lib/i18n';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

/** Which of the page's colours (CSS custom properties, light or dark) draws a series. */
export type ColourRole = 'accent' | 'muted' | 'fg';

/** One line on the radar: a value per dimension (null where there is none) and how it is drawn. */
export interface RadarSeries {
  label: string;
  values: (number | null)[];
  colour: ColourRole;
  /** Shade the area inside the line. */
  filled?: boolean;
  /** Dash pattern in pixels (dash, gap); a solid line without. */
  dash?: readonly number[];
  /** Point shape, so that lines differ by more than colour. */
  point?: PointStyle;
  /** Line width in pixels; Chart.js's 3 without. */
  width?: number;
}

/** The radial scale and sizing; without them, 0–100 on a square canvas that sets its own height. */
export interface RadarOptions {
  /** Ends of the scale: 0–100 for percentages, or the instrument's own scale for raw values. */
  min?: number;
  max?: number;
  /** The canvas takes the size of its parent box (which must have one), instead of its own square. */
  fillBox?: boolean;
  /** Dimension names' size in pixels; without it, 13, or 10 on a chart narrower than 360 px. */
  labelSize?: number;
}

/** What the island needs to update or remove the chart. */
export interface RadarHandle {
  update(labels: string[], series: RadarSeries[]): void;
  destroy(): void;
}

type Colours = Record<ColourRole | 'border', string>;

function colours(canvas: HTMLCanvasElement): Colours {
  const style = getComputedStyle(canvas);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: read('--fg', '#1b1f24'),
    muted: read('--muted', '#4a5360'),
    accent: read('--accent', '#0b5cad'),
    border: read('--border', '#c4cbd4'),
  };
}

/** Long dimension names on two or more lines, so that they are not cut off at the canvas's edge. */
function wrap(label: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const datasets = (series: RadarSeries[], c: Colours) =>
  series.map((s) => ({
    label: s.label,
    data: s.values,
    borderColor: c[s.colour],
    backgroundColor: s.filled === true ? `${c[s.colour]}33` : 'transparent',
    pointBackgroundColor: c[s.colour],
    borderDash: s.dash === undefined ? [] : [...s.dash],
    fill: s.filled === true,
    ...(s.point === undefined ? {} : { pointStyle: s.point }),
    ...(s.width === undefined ? {} : { borderWidth: s.width }),
  }));

/** Below this width in pixels a chart is narrow: smaller names, wrapped shorter, with a margin. */
const NARROW = 360;

/** About four rings between the ends of the scale: one per point would crowd the labels on a 1–12 scale. */
const tickStep = (min: number, max: number) => Math.max(1, Math.round((max - min) / 4));

/** Draw a radar of any number of series on a canvas. */
export function drawRadar(
  canvas: HTMLCanvasElement,
  labels: string[],
  series: RadarSeries[],
  options: RadarOptions = {},
): RadarHandle {
  const { min = 0, max = 100, fillBox = false, labelSize } = options;
  const c = colours(canvas);
  // The page's typeface (its font-family, as the canvas inherits it), not Chart.js's own Helvetica
  // and Arial: the dimension names and the scale read as the text around them on every system.
  const family = getComputedStyle(canvas).fontFamily;
  if (family !== '') Chart.defaults.font.family = family;
  // On a narrow chart (a phone) names wrap shorter and keep a margin, so that none is cut at an edge.
  const narrow = () => (canvas.parentElement?.clientWidth ?? canvas.clientWidth) < NARROW;
  const wrapAll = (names: string[]) => names.map((l) => wrap(l, narrow() ? 10 : 14));
  const chart = new Chart(canvas, {
    type: 'radar',
    data: { labels: wrapAll(labels), datasets: datasets(series, c) },
    options: {
      // Numbers in the page's language (not the browser's), and the scale's written by the page's
      // own formats: Chart.js's Intl.NumberFormat would load the browser's locale data first.
      locale: locale(),
      animation: false,
      layout: { padding: (ctx) => (ctx.chart.width < NARROW ? 6 : 0) },
      responsive: true,
      // A box that sets the size must keep it: a canvas-driven height could never grow again.
      maintainAspectRatio: !fillBox,
      aspectRatio: 1,
      spanGaps: false,
      scales: {
        r: {
          min,
          max,
          ticks: {
            stepSize: tickStep(min, max),
            color: c.muted,
            backdropColor: 'transparent',
            callback: (value) => numberFormat(locale(), {}).format(Number(value)),
          },
          pointLabels: {
            color: c.fg,
            font: (ctx) => ({ size: labelSize ?? (ctx.chart.width < NARROW ? 10 : 13) }),
          },
          grid: { color: c.border },
          angleLines: { color: c.border },
        },
      },
      plugins: { legend: { display: series.length > 1, labels: { color: c.fg } } },
    },
  });
  // The canvas is drawn for the screen; redraw it at the page's width when printing.
  const resize = () => chart.resize();
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
  return {
    update(newLabels, newSeries) {
      chart.data.labels = wrapAll(newLabels);
      chart.data.datasets = datasets(newSeries, c);
      chart.options.plugins!.legend!.display = newSeries.length > 1;
      chart.update();
    },
    destroy() {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.destroy();
    },
  };
}
