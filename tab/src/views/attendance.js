import { el, table } from '../dom.js';
import { barChart, colors } from '../chart.js';

// 出勤: per voting member, present / on leave / absent (Q3) and the rate, as a table and a stacked chart.
export function attendanceView(t, rows, dark) {
  const canvas = el('canvas', { role: 'img', 'aria-label': t.attendanceChart });
  const body = rows.map(r => el('tr', { 'data-member': r.name },
    el('th', { scope: 'row' }, r.name), el('td', {}, r.attended), el('td', {}, r.onLeave), el('td', {}, r.absent),
    el('td', { class: 'rate' }, `${Math.round(r.rate * 100)}%`)));
  queueMicrotask(() => barChart(canvas, rows.map(r => r.name), [
    { label: t.attendedLabel, data: rows.map(r => r.attended), backgroundColor: colors.green },
    { label: t.leaveLabel, data: rows.map(r => r.onLeave), backgroundColor: colors.amber },
    { label: t.absentLabel, data: rows.map(r => r.absent), backgroundColor: colors.red },
  ], dark, true));
  return el('section', { 'aria-label': t.tabs.attendance },
    el('div', { class: 'chart' }, canvas),
    table(t.attendanceChart, t.attendanceCols, body, 'attendance-table'));
}
