import { el } from '../dom.js';

// 导出: the year's register in the minutes' own style (.docx) and the decisions ledger (.xlsx).
export function exportsView(t, year, query, api) {
  return el('section', { 'aria-label': t.tabs.exports, class: 'exports' },
    el('fluent-button', { appearance: 'primary', 'data-testid': 'export-register',
      onclick: () => api.download(`export/register.docx?${query}&year=${year}`, `${year}年度党组会议记录汇编.docx`) }, t.register(year)),
    el('fluent-button', { appearance: 'secondary', 'data-testid': 'export-decisions',
      onclick: () => api.download(`export/decisions.xlsx?${query}`, '督办台账.xlsx') }, t.decisionsXlsx),
    el('p', {}, t.exportHint));
}
