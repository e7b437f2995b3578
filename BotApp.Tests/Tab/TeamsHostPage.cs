using System.Text.Json;

namespace PartyGroupBot.Tests.Tab;

/// <summary>
/// A stand-in for the Teams client around the tab: a page that frames /tab and answers teams-js's postMessage calls as
/// the host does — initialize (frame context, client type, runtime), getContext (locale, theme, tenant, user, team) and
/// authentication.getAuthToken (the SSO token, here one signed by the test authority). Served on the bot's own origin,
/// as teams-js accepts messages from a parent of its own origin.
/// </summary>
public static class TeamsHostPage
{
    public static string Html(string tabPath, string token, object context) => $$"""
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>Teams</title>
        <style>html,body{margin:0;height:100%} iframe{border:0;width:100%;height:100%}</style></head>
        <body><iframe id="tab" title="会议档案" src="{{tabPath}}"></iframe>
        <script>
          const token = {{JsonSerializer.Serialize(token)}};
          const context = {{JsonSerializer.Serialize(context)}};
          const runtime = JSON.stringify({ apiVersion: 4, supports: { appInitialization: {}, authentication: {}, pages: { config: {} }, teamsCore: {} } });
          window.calls = [];
          window.addEventListener('message', e => {
            const m = e.data;
            if (!m || typeof m.func !== 'string') return;
            window.calls.push(m.func);
            const reply = args => e.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, e.origin);
            if (m.func === 'initialize') reply(['content', 'web', runtime, '2.58.0']);
            else if (m.func === 'getContext') reply([context]);
            else if (m.func === 'authentication.getAuthToken') reply([true, token]);
          });
        </script></body></html>
        """;
}
