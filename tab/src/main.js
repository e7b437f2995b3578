import '@fluentui/web-components/tablist/define.js';
import '@fluentui/web-components/tab/define.js';
import '@fluentui/web-components/button/define.js';
import '@fluentui/web-components/spinner/define.js';
import { setTheme } from '@fluentui/web-components';
import { teamsLightTheme, teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/tokens';
import { connect, token, onThemeChange, configure } from './teams.js';
import { client, ApiError } from './api.js';
import { words } from './i18n.js';
import { el } from './dom.js';
import { yearView } from './views/year.js';
import { meetingsView } from './views/meetings.js';
import { attendanceView } from './views/attendance.js';
import { decisionsView } from './views/decisions.js';
import { exportsView } from './views/exports.js';

const root = document.getElementById('app');
let dark = false;

function applyTheme(theme) {
  dark = theme === 'dark' || theme === 'contrast';
  setTheme(theme === 'contrast' ? teamsHighContrastTheme : dark ? teamsDarkTheme : teamsLightTheme);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

function show(...nodes) {
  root.replaceChildren(...nodes);
}

async function main() {
  const params = new URLSearchParams(location.search);
  let context;
  try {
    context = await connect();
  } catch {
    show(el('p', { role: 'alert' }, words(params.get('locale')).signIn));
    return;
  }
  const t = words(context.app.locale);
  document.documentElement.lang = (context.app.locale || 'zh-CN').toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  document.title = t.title;
  applyTheme(context.app.theme);
  if (params.get('mode') === 'config') {
    show(el('h1', {}, t.title), el('p', {}, t.tabs.year + ' · ' + t.tabs.meetings + ' · ' + t.tabs.attendance + ' · ' + t.tabs.decisions));
    await configure(t.title);
    return;
  }

  let api;
  try {
    api = client(await token());
  } catch {
    show(el('p', { role: 'alert' }, t.signIn));
    return;
  }
  let groups;
  try {
    groups = await api.get('groups');
  } catch (e) {
    show(el('p', { role: 'alert' }, e instanceof ApiError && e.status === 403 ? t.noGroup : t.failed));
    return;
  }
  // In a channel the tab shows the team's own group; in the personal tab the person picks among theirs.
  const teamId = context.team?.internalId;
  const inTeam = groups.find(g => g.teamId === teamId);
  const state = { group: (inTeam ?? groups[0]).teamId, view: 'year' };
  // The group's current year on its own calendar (China Standard Time), as the server's clock has it.
  const year = Number(params.get('year')) || (await api.get(`year?team=${encodeURIComponent(state.group)}`)).year;

  const picker = groups.length > 1 && !inTeam
    ? el('label', { class: 'picker' }, t.group, ' ',
        el('select', { onchange: e => { state.group = e.target.value; render(); } },
          groups.map(g => el('option', { value: g.teamId, selected: g.teamId === state.group }, g.name))))
    : el('span', { class: 'group-name' }, (inTeam ?? groups[0]).name);
  const tabs = el('fluent-tablist', { 'aria-label': t.title, activeid: 'year' },
    Object.entries(t.tabs).map(([id, label]) => el('fluent-tab', { id, 'data-view': id, onclick: () => select(id) }, label)));
  // The tablist moves the selection by keyboard and says so with "change"; a click selects too.
  tabs.addEventListener('change', () => select(tabs.activeid || tabs.getAttribute('activeid')));
  function select(id) {
    if (id && id !== state.view) { state.view = id; render(); }
  }
  const content = el('div', { id: 'view', 'aria-live': 'polite' });
  show(el('header', {}, el('h1', {}, t.title), picker, el('span', { class: 'year' }, `${year}`)), tabs, el('main', {}, content));
  onThemeChange(theme => { applyTheme(theme); render(); });

  async function render() {
    const query = `team=${encodeURIComponent(state.group)}`;
    content.replaceChildren(el('fluent-spinner', { size: 'small', 'aria-label': t.loading }));
    content.dataset.view = state.view;
    content.dataset.ready = 'false';
    try {
      const view = {
        year: async () => yearView(t, await api.get(`year?${query}&year=${year}`), dark),
        meetings: async () => meetingsView(t, await api.get(`meetings?${query}&year=${year}`), api, query),
        attendance: async () => attendanceView(t, await api.get(`attendance?${query}&year=${year}`), dark),
        decisions: async () => decisionsView(t, await api.get(`decisions?${query}`)),
        exports: async () => exportsView(t, year, query, api),
      }[state.view];
      content.replaceChildren(await view());
    } catch (e) {
      content.replaceChildren(el('p', { role: 'alert' }, e instanceof ApiError && e.status === 403 ? t.denied : t.failed));
    }
    content.dataset.ready = 'true';
  }
  render();
}

main();
