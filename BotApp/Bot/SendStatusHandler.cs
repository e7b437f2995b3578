using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Outbox;

namespace PartyGroupBot.Bot;

/// <summary>
/// 发送状态 / send status: the secretary sees which messages the bot still owes (the draft minutes, the channel post,
/// briefings …) and presses 重新发送 for those that failed for good (DESIGN.md, "Outbox").
/// </summary>
public sealed class SendStatusHandler(TeamGroups teamGroups, OutboxStore store, Outbox.Outbox outbox)
{
    public async Task<JObject> ShowAsync(TurnScope scope, CancellationToken ct, string? note = null)
    {
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var team = found.Value;
        var group = team.Stored.Group;
        if (group.Secretary?.Id != scope.ActorId) return RefusalCard.Build(scope.Texts["outbox.onlySecretary"]);
        return SendStatusCard.Build(scope.Texts, await store.OfGroupAsync(team.Key, ct), group, team.Key.TeamId, note);
    }

    /// <summary>重新发送: every failed or waiting message of the group is due now, then one pass sends what it can.</summary>
    public async Task<JObject> ResendAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var team = found.Value;
        if (team.Stored.Group.Secretary?.Id != scope.ActorId) return RefusalCard.Build(scope.Texts["outbox.onlySecretary"]);
        var again = await store.ResendAsync(team.Key, DateTimeOffset.UtcNow, ct);
        await outbox.ScanOnceAsync(ct);
        return await ShowAsync(scope, ct, scope.Texts.Format("outbox.resent", again));
    }
}
