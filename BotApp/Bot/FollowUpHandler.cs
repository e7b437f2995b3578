using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// 我的督办 (IM2): a member's open decisions with 报告进展 and 已完成; the office director's list of every open and
/// overdue decision of the group with its owner, and those done. Only the owner reports (IM2).
/// </summary>
public sealed class FollowUpHandler(
    TeamGroups teamGroups, PersonGroups personGroups, AgendaStore agendas, Messenger messenger,
    TimeProvider clock, ILogger<FollowUpHandler> log, VerbTurn turns)
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
            if (FollowUps.MayFollowUp(team.Stored.Group, actor) is { } refusal) return Refusals.Card(scope, refusal, team.Stored.Group.Profile);
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
    public Task<JObject> ReportAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var id = data["decisionId"];
        var text = data["text"] ?? (id is null ? null : data[FollowUpCard.TextInputId(id)]);
        return RunAsync(turn, scope, data, (a, actor, now) => a.ReportProgress(actor, id, text, now), "followup.progress.done", ct);
    }

    /// <summary>completeDecision: <c>decisionId</c>, <c>teamId</c>.</summary>
    public Task<JObject> CompleteAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct) =>
        RunAsync(turn, scope, data, (a, actor, now) => a.Complete(actor, data["decisionId"], now), "followup.complete.done", ct);

    /// <summary>The member's list again, saying what was done; only a member of the group follows up (IM2).</summary>
    private Task<JObject> RunAsync(ITurnContext turn, TurnScope scope, CardData data,
        Func<AgendaState, string, DateTimeOffset, Result<AgendaEvent>> command, string doneKey, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var actor = scope.ActorId ?? "";
        return turns.RunAsync(turn, scope, new Verb<string, AgendaState>(
            Load: (team, _) => Task.FromResult(FollowUps.MayFollowUp(team.Stored.Group, actor) is { } refusal
                ? Step<string>.Refused(refusal, team.Stored.Group.Profile)
                : (Step<string>)actor),
            RunAndStore: turns.StoreOnAgenda<string>((a, member) => command(a, member, clock.GetUtcNow())),
            Outcome: async (done, c) => await ListAsync(scope.Texts, [done.Team], actor, c, done.State,
                scope.Texts.Format(doneKey, done.State.Decision(data["decisionId"])!.Title))), ct);
    }

    private async Task<JObject> ListAsync(
        Texts.Texts t, IReadOnlyList<TeamGroup> teams, string viewerId, CancellationToken ct, AgendaState? known = null, string? done = null)
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
        return FollowUpCard.Build(t, sections, done);
    }
}
