import { el, table } from '../dom.js';

// 会议: date, kind, chair, roll (Q3), items and results; confidential titles only as the API gives them (MN2),
// otherwise 涉密议题; the signed minutes as Word and the record's check (MN1).
export function meetingsView(t, meetings, api, query) {
  const item = i => el('li', {},
    i.title ?? el('em', { class: 'confidential' }, t.confidential), '：',
    i.outcome ? `${t.outcomes[i.outcome]}（${t.votes(i.yes, i.no, i.abstain)}）` : t.notVoted,
    i.candidates.length ? el('ul', {}, i.candidates.map(c => el('li', {}, `${c.name ?? t.confidential}：${t.outcomes[c.outcome]}（${t.votes(c.yes, c.no, c.abstain)}）`))) : null);
  const minutes = m => m.signedBy
    ? [el('fluent-button', { appearance: 'subtle', size: 'small', onclick: () => api.download(`export/minutes.docx?${query}&meeting=${encodeURIComponent(m.id)}`, `${m.date}.docx`) }, t.minutes),
       el('div', { class: m.check.intact ? 'check' : 'check overdue' }, m.check.intact ? t.intact : t.broken),
       m.check.issuedHead ? el('div', { class: 'hash' }, t.check(m.check.issuedHead)) : null]
    : t.unsigned;
  const rows = meetings.map(m => el('tr', { 'data-meeting': m.id },
    el('td', {}, m.date), el('td', {}, t.kinds[m.kind] + (m.isSeminar ? `（${t.kinds.seminar}）` : '')), el('td', {}, m.chair),
    el('td', { 'data-testid': 'present' }, m.present.length, el('div', { class: 'names' }, m.present.join('、'))),
    el('td', { 'data-testid': 'leave' }, m.onLeave.length, el('div', { class: 'names' }, m.onLeave.join('、'))),
    el('td', { 'data-testid': 'absent' }, m.absent.length, el('div', { class: 'names' }, m.absent.join('、'))),
    el('td', {}, el('ol', {}, m.items.map(item))),
    el('td', {}, minutes(m))));
  return el('section', { 'aria-label': t.tabs.meetings }, table(t.tabs.meetings, t.meetingCols, rows, 'meetings-table'));
}
