/**
 * The radar of the collective profile: group mean, lowest and highest per dimension. Loaded only
 * when figures are shown, and registering only the parts a radar needs, to keep the bundle small.
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
} from 'chart.js';
import type { GroupProfile } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

function cssColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** Break a long dimension title into lines, so that the radar keeps its size and no label is cut off. */
export function wrapLabel(title: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** About four rings between the ends of the scale: one per point would crowd the labels on a 1–12 scale. */
const tickStep = (instrument: Instrument) => Math.max(1, Math.round((instrument.scale.max - instrument.scale.min) / 4));

/** Draw the profile on a canvas; returns the chart so that it can be updated and destroyed. */
export function drawRadar(canvas: HTMLCanvasElement, instrument: Instrument, profile: GroupProfile): Chart<'radar'> {
  const fg = cssColour('--fg', '#1b1f24');
  const accent = cssColour('--accent', '#0b5cad');
  const muted = cssColour('--muted', '#4a5360');
  const grid = cssColour('--border', '#c4cbd4');
  const pick = (key: 'mean' | 'lowest' | 'highest') =>
    profile.dimensions.map((d) => (d.figures === null ? null : d.figures[key]));
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: profile.dimensions.map((d) => wrapLabel(d.title)),
      datasets: [
        {
          label: 'Group mean',
          data: pick('mean'),
          borderColor: accent,
          backgroundColor: `${accent}33`,
          fill: true,
          borderWidth: 3,
        },
        {
          label: 'Lowest',
          data: pick('lowest'),
          borderColor: muted,
          borderDash: [4, 4],
          fill: false,
          pointStyle: 'triangle',
          borderWidth: 2,
        },
        {
          label: 'Highest',
          data: pick('highest'),
          borderColor: fg,
          borderDash: [10, 4],
          fill: false,
          pointStyle: 'rect',
          borderWidth: 2,
        },
      ],
    },
    options: {
      animation: false,
      // The box sets the size (a square, see team.css): a canvas-driven height could never grow again.
      maintainAspectRatio: false,
      spanGaps: false,
      scales: {
        r: {
          min: instrument.scale.min,
          max: instrument.scale.max,
          ticks: { stepSize: tickStep(instrument), color: muted, backdropColor: 'transparent' },
          grid: { color: grid },
          angleLines: { color: grid },
          pointLabels: { color: fg, font: { size: 12 } },
        },
      },
      plugins: { legend: { labels: { color: fg } } },
    },
  });
}

/** Replace the figures on an existing chart. */
export function updateRadar(chart: Chart<'radar'>, profile: GroupProfile): void {
  const pick = (key: 'mean' | 'lowest' | 'highest') =>
    profile.dimensions.map((d) => (d.figures === null ? null : d.figures[key]));
  chart.data.datasets[0]!.data = pick('mean');
  chart.data.datasets[1]!.data = pick('lowest');
  chart.data.datasets[2]!.data = pick('highest');
  chart.update();
}
