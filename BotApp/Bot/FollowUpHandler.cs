using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// 我的督办 (IM2): a member's open decisions with 报告进展 and 已完成; the office director's list of every open and
/// overdue decision of the group with its owner, and those done. Only the owner reports (IM2).
/// </summary>
public sealed class FollowUpHandler(
    TeamGroups teamGroups, PersonGroups personGroups, AgendaStore agendas, Messenger messenger,
    TimeProvider clock, ILogger<FollowUpHandler> log)
{
    /// <summary>
    /// "我的督办" / "my follow-ups". In the channel the list goes privately to the asker (progress is not for the whole
    /// team); in the personal chat it lists the asker's follow-ups in every group of the tenant they belong to.
    /// </summary>
    public async Task<JObject> ShowAsync(ITurnContext turn, TurnScope scope, CancellationToken ct)
    {
        var actor = scope.ActorId ?? "";
        if (scope.TeamId is not null)
        {
            var found = await teamGroups.FindAsync(scope, ct);
            if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
            var team = found.Value;
            if (team.Stored.Group.Find(actor) is null)
                return Refusals.Card(scope, new Refusal(RuleIds.IM2, RefusalCode.NotOnRoster), team.Stored.Group.Profile);
            var card = await ListAsync(scope.Texts, [team], actor, ct);
            if (turn.Activity.Conversation?.ConversationType != "channel") return card;
            try
            {
                await messenger.SendPrivatelyAsync(turn, team.Key.TenantId, turn.Activity.From.Id, card, ct);
                return NoticeCard.Build(scope.Texts["followup.list.mine"], scope.Texts["followup.list.sentPrivately"]);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Could not send the follow-ups privately; answering in place");
                return card;
            }
        }

        if (scope.TenantId is null || actor.Length == 0) return Refusals.Card(scope, new Refusal("", RefusalCode.NotInTeam), null);
        var mine = await personGroups.OfAsync(scope.TenantId, actor, ct);
        if (mine.Count == 0) return Refusals.Card(scope, new Refusal("", RefusalCode.NotOnRoster), null);
        return await ListAsync(scope.Texts, mine, actor, ct);
    }

    /// <summary>reportProgress: <c>decisionId</c>, <c>text</c> (or the card's box <c>text.&lt;decisionId&gt;</c>), <c>teamId</c>.</summary>
    public Task<JObject> ReportAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        var id = data["decisionId"];
        var text = data["text"] ?? (id is null ? null : data[FollowUpCard.TextInputId(id)]);
        return RunAsync(scope, data, (a, actor, now) => a.ReportProgress(actor, id, text, now), "followup.progress.done", ct);
    }

    /// <summary>completeDecision: <c>decisionId</c>, <c>teamId</c>.</summary>
    public Task<JObject> CompleteAsync(TurnScope scope, CardData data, CancellationToken ct) =>
        RunAsync(scope, data, (a, actor, now) => a.Complete(actor, data["decisionId"], now), "followup.complete.done", ct);

    private async Task<JObject> RunAsync(
        TurnScope scope, CardData data, Func<AgendaState, string, DateTimeOffset, Result<AgendaEvent>> command, string doneKey, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var team = found.Value;
        var profile = team.Stored.Group.Profile;
        var actor = scope.ActorId ?? "";
        if (team.Stored.Group.Find(actor) is null) return Refusals.Card(scope, new Refusal(RuleIds.IM2, RefusalCode.NotOnRoster), profile);
        var ran = await agendas.RunAsync(team.Key, a => command(a, actor, clock.GetUtcNow()), ct);
        if (ran.IsRefused) return Refuse(scope, ran.Refusal, profile);

        var card = await ListAsync(scope.Texts, [team], actor, ct, ran.Value);
        var title = ran.Value.Decision(data["decisionId"])!.Title;
        ((JArray)card["body"]!).Insert(1, CardJson.Text(scope.Texts.Format(doneKey, title)));
        return card;
    }

    /// <summary>IM2 refusals in this feature's own words; anything else as every other refusal.</summary>
    private static JObject Refuse(TurnScope scope, Refusal refusal, RuleProfile profile) =>
        Refusals.Card(scope, refusal, profile, (refusal.RuleId, refusal.Code) switch
        {
            (RuleIds.IM2, RefusalCode.ItemNotFound) => "followup.refusal.notFound",
            (RuleIds.IM2, RefusalCode.NotOnRoster) => "followup.refusal.notOwner",
            (RuleIds.IM2, RefusalCode.AlreadyStated) => "followup.refusal.completed",
            (RuleIds.IM2, RefusalCode.InvalidInput) => "followup.refusal.emptyText",
            (RuleIds.IM1, RefusalCode.DecisionIsFinal) => "followup.refusal.superseded",
            _ => null,
        });

    private async Task<JObject> ListAsync(Texts.Texts t, IReadOnlyList<TeamGroup> teams, string viewerId, CancellationToken ct, AgendaState? known = null)
    {
        var now = clock.GetUtcNow();
        var sections = new List<FollowUpCard.Section>();
        foreach (var team in teams)
        {
            var group = team.Stored.Group;
            var agenda = known ?? await agendas.LoadAsync(team.Key, ct);
            var today = DateOnly.FromDateTime(LocalTime.In(now, group.Profile).DateTime);
            sections.Add(new FollowUpCard.Section(team.Key.TeamId, agenda, group.Profile, today, id => group.Find(id)?.Name ?? id,
                viewerId, group.Find(viewerId)?.Role == Role.OfficeDirector));
        }
        return FollowUpCard.Build(t, sections);
    }
}
