import { el, table } from '../dom.js';

// 督办台账 (IM2): owner, due date, latest progress; overdue in red. The API gives the office director every decision.
export function decisionsView(t, decisions) {
  if (decisions.length === 0) return el('section', { 'aria-label': t.tabs.decisions }, el('p', {}, t.noDecisions));
  const rows = decisions.map(d => el('tr', { class: d.overdue ? 'overdue' : '', 'data-decision': d.id },
    el('td', {}, d.title), el('td', {}, d.owner), el('td', {}, d.due),
    el('td', {}, d.progress ? `${d.progressOn}：${d.progress}` : '—'),
    el('td', { 'data-testid': 'decision-status' }, d.completed ? t.done : d.overdue ? t.overdue : t.inProgress)));
  return el('section', { 'aria-label': t.tabs.decisions }, table(t.tabs.decisions, t.decisionCols, rows, 'decisions-table'));
}
