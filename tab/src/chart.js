import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Colours that keep their contrast on both Teams themes.
export const colors = { brand: '#5b5fc7', green: '#107c10', amber: '#c19c00', red: '#c50f1f', grey: '#8a8886' };

// A bar chart in a canvas that names itself for screen readers; the table beside it holds the same numbers.
export function barChart(canvas, labels, datasets, dark, stacked = false) {
  const text = dark ? '#ffffff' : '#242424';
  const grid = dark ? '#3d3d3d' : '#e0e0e0';
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { labels: { color: text } } },
      scales: {
        x: { stacked, ticks: { color: text }, grid: { color: grid } },
        y: { stacked, beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
      },
    },
  });
}
