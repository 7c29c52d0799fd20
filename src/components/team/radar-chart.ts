/**
 * The radar of the collective profile: group mean, lowest and highest per dimension. Loaded only
 * when figures are shown, and registering only the parts a radar needs, to keep the bundle small.
 */
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import type { GroupProfile } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

function cssColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** Draw the profile on a canvas; returns the chart so that it can be updated and destroyed. */
export function drawRadar(canvas: HTMLCanvasElement, instrument: Instrument, profile: GroupProfile): Chart<'radar'> {
  const fg = cssColour('--fg', '#1b1f24');
  const accent = cssColour('--accent', '#0b5cad');
  const muted = cssColour('--muted', '#4a5360');
  const grid = cssColour('--border', '#c4cbd4');
  const pick = (key: 'mean' | 'lowest' | 'highest') => profile.dimensions.map((d) => (d.figures === null ? null : d.figures[key]));
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: profile.dimensions.map((d) => d.title),
      datasets: [
        { label: 'Group mean', data: pick('mean'), borderColor: accent, backgroundColor: `${accent}33`, fill: true, borderWidth: 3 },
        { label: 'Lowest', data: pick('lowest'), borderColor: muted, borderDash: [4, 4], fill: false, pointStyle: 'triangle', borderWidth: 2 },
        { label: 'Highest', data: pick('highest'), borderColor: fg, borderDash: [10, 4], fill: false, pointStyle: 'rect', borderWidth: 2 },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: true,
      aspectRatio: 1,
      spanGaps: false,
      scales: {
        r: {
          min: instrument.scale.min,
          max: instrument.scale.max,
          ticks: { stepSize: 1, color: muted, backdropColor: 'transparent' },
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
  const pick = (key: 'mean' | 'lowest' | 'highest') => profile.dimensions.map((d) => (d.figures === null ? null : d.figures[key]));
  chart.data.datasets[0]!.data = pick('mean');
  chart.data.datasets[1]!.data = pick('lowest');
  chart.data.datasets[2]!.data = pick('highest');
  chart.update();
}
