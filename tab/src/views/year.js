import { el, table } from '../dom.js';
import { barChart, colors } from '../chart.js';

// 本年度: meetings held each month by kind against what the profile asks (PD1, B22(1)), and the year's DL1/DL6.
export function yearView(t, data, dark) {
  const months = data.months;
  const missing = months.filter(m => m.partyGroupMeeting === 'Missing').map(m => t.month(m.month));
  const canvas = el('canvas', { role: 'img', 'aria-label': t.yearCaption });
  const status = s => el('span', { class: `status ${s}` }, t.status[s]);
  const rows = months.map(m => el('tr', { 'data-month': m.month },
    el('th', { scope: 'row' }, t.month(m.month)),
    el('td', {}, m.partyGroupMeetings, ' ', status(m.partyGroupMeeting)),
    el('td', {}, m.studySessions, ' ', status(m.studySession)),
    el('td', {}, m.seminar === 'NotAsked' ? m.seminars : [m.seminars, ' ', status(m.seminar)]),
    el('td', {}, m.democraticLifeMeetings)));
  const dl = data.democraticLife;
  const section = el('section', { 'aria-label': t.tabs.year },
    el('p', { class: 'summary', 'data-testid': 'missing-months' }, t.missingMonths(t.kinds.PartyGroupMeeting),
      el('strong', { class: missing.length ? 'overdue' : '' }, missing.length ? missing.join(t.list) : t.none)),
    el('div', { class: 'chart' }, canvas),
    table(t.yearCaption, [t.months, t.kinds.PartyGroupMeeting, t.kinds.StudyGroup, t.kinds.seminar, t.kinds.DemocraticLifeMeeting], rows, 'year-table'),
    el('h2', {}, t.dl),
    el('p', { 'data-testid': 'democratic-life' }, status(dl.meeting), ' ', dl.heldOn ? t.dlHeld(dl.heldOn) : '', dl.reportDue ? ['；', t.dlReport(dl.reportDue)] : ''));
  queueMicrotask(() => barChart(canvas, months.map(m => t.month(m.month)), [
    { label: t.kinds.PartyGroupMeeting, data: months.map(m => m.partyGroupMeetings), backgroundColor: colors.brand },
    { label: t.kinds.StudyGroup, data: months.map(m => m.studySessions), backgroundColor: colors.green },
    { label: t.kinds.DemocraticLifeMeeting, data: months.map(m => m.democraticLifeMeetings), backgroundColor: colors.amber },
  ], dark));
  return section;
}
