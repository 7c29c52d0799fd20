/**
 * The radar chart, in its own module so that Chart.js is fetched only when results are shown.
 * Only the parts a radar needs are registered, which keeps the chunk small.
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

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

/** One line on the radar: a label and a 0–100 value per dimension (null where there is no score). */
export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

/** What the island needs to update or remove the chart. */
export interface RadarHandle {
  update(labels: string[], series: RadarSeries[]): void;
  destroy(): void;
}

function colours(canvas: HTMLCanvasElement) {
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

const datasets = (series: RadarSeries[], c: ReturnType<typeof colours>) =>
  series.map((s, i) => ({
    label: s.label,
    data: s.values,
    borderColor: i === 0 ? c.accent : c.muted,
    backgroundColor: i === 0 ? `${c.accent}33` : 'transparent',
    pointBackgroundColor: i === 0 ? c.accent : c.muted,
    borderDash: i === 0 ? [] : [6, 4],
    fill: i === 0,
  }));

/** Draw a radar of 0–100 scores on a canvas. */
export function drawRadar(canvas: HTMLCanvasElement, labels: string[], series: RadarSeries[]): RadarHandle {
  const c = colours(canvas);
  const chart = new Chart(canvas, {
    type: 'radar',
    data: { labels: labels.map((l) => wrap(l)), datasets: datasets(series, c) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 1,
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, color: c.muted, backdropColor: 'transparent' },
          pointLabels: { color: c.fg, font: (ctx) => ({ size: ctx.chart.width < 360 ? 10 : 13 }) },
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
      chart.data.labels = newLabels.map((l) => wrap(l));
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
