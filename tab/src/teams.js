import { app, authentication, pages } from '@microsoft/teams-js';

// The Teams host: context (locale, theme, team) and the SSO token the API checks (issue 15).
export async function connect() {
  await app.initialize();
  const context = await app.getContext();
  return context;
}

export function token() {
  return authentication.getAuthToken();
}

export function onThemeChange(handler) {
  app.registerOnThemeChangeHandler(handler);
}

// The channel tab's configuration page: nothing to choose, the tab shows the team's own group.
export async function configure(title) {
  pages.config.registerOnSaveHandler(save => {
    pages.config.setConfig({
      entityId: 'records',
      contentUrl: `${location.origin}/tab?context=channel&locale={locale}&theme={theme}`,
      suggestedDisplayName: title,
    }).then(() => save.notifySuccess(), e => save.notifyFailure(String(e)));
  });
  pages.config.setValidityState(true);
}
