import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Title,
  Tooltip,
} from 'chart.js';
import { AREA_NAMES, BASELINE_LABEL, type Contender } from './types.js';

// Tree-shaken: only what a radar with a legend, a title and tooltips needs.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Title, Tooltip);

/** Two-line labels, as the other contenders wrap them. */
const labels = AREA_NAMES.map((name) => {
  const words = name.split(' ');
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')].filter(Boolean);
});

/**
 * Chart.js's radar with the same content: series and baseline (dashed), filled, point markers, ring values 1–4,
 * legend, title. Responsive (it sizes itself from its container, as the element does); animations off.
 */
export const chartjs: Contender<Chart<'radar'>> = {
  draw(container, data) {
    const canvas = document.createElement('canvas');
    container.append(canvas);
    return new Chart(canvas, {
      type: 'radar',
      data: {
        labels,
        datasets: [
          {
            label: data.label,
            data: data.scores,
            borderColor: '#0b62a4',
            backgroundColor: 'rgba(11,98,164,0.12)',
            fill: true,
          },
          {
            label: BASELINE_LABEL,
            data: data.baseline,
            borderColor: '#5c5c5c',
            backgroundColor: 'rgba(0,0,0,0)',
            borderDash: [4, 3],
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        aspectRatio: 1,
        scales: { r: { min: 0, max: 4, ticks: { stepSize: 1 } } },
        plugins: { title: { display: true, text: `E-profil ${data.label}` } },
      },
    });
  },
  update(chart, data) {
    chart.data.datasets[0]!.data = data.scores;
    chart.data.datasets[1]!.data = data.baseline;
    chart.update('none');
  },
  // Chart.js draws synchronously when animations are off; it has drawn once its canvas has its size.
  drawn: (container, chart) => chart.width > 0 && container.querySelector('canvas')!.width > 0,
};
