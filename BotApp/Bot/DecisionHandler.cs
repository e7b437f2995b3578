using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// 登记决定 (IM1): after a vote closes with 通过 (or a personnel candidate passes, V7), the secretary and the office
/// director get the decision form privately; whoever records it first names the owner and the due date, and the owner
/// is told privately that they own it.
/// </summary>
public sealed class DecisionHandler(
    TeamGroups teamGroups, MeetingStore meetings, AgendaStore agendas, Messenger messenger, TimeProvider clock, ILogger<DecisionHandler> log)
{
    /// <summary>recordDecision: <c>meetingId</c>, <c>itemId</c>, optional <c>candidate</c>, <c>owner</c>, <c>due</c> (yyyy-MM-dd), <c>teamId</c>.</summary>
    public async Task<JObject> RecordAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal, null);
        var team = found.Value;
        var group = team.Stored.Group;
        var profile = group.Profile;
        var t = scope.Texts;
        var state = string.IsNullOrEmpty(data["meetingId"]) ? null : await meetings.LoadAsync(team.MeetingPartition(data["meetingId"]!), ct);
        if (state is null) return Refusals.Card(scope, new Refusal(RuleIds.MK1, RefusalCode.MeetingNotFound), profile);

        // Core checks the role first, then owner and due date (IM1); an unreadable date is refused like a past one.
        var actor = scope.ActorId ?? "";
        var owner = data["owner"] ?? "";
        var due = DateOnly.TryParseExact(data["due"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : DateOnly.MinValue;

        string? decisionId = null;
        var ran = await agendas.RunAsync(team.Key, a =>
        {
            var result = a.RecordDecision(state, actor, data["itemId"], data["candidate"], owner, due, clock.GetUtcNow());
            decisionId = (result.Value as DecisionRecorded)?.DecisionId;
            return result;
        }, ct);
        if (ran.IsRefused)
            return Refusals.Card(scope, ran.Refusal, profile,
                ran.Refusal is { RuleId: RuleIds.IM1, Code: RefusalCode.NotOnRoster } ? "followup.decision.ownerNotMember" : null);
        var decision = ran.Value.Decision(decisionId)!;
        var ownerName = state.Member(owner)?.Name ?? owner;
        var zh = Texts.Texts.Chinese;
        await SendAsync(turn, team, owner, NoticeCard.Build(zh["followup.owner.title"],
            zh.Format("followup.owner.text", decision.Title, decision.Due.ToString("yyyy-MM-dd"))), ct);
        return NoticeCard.Build(t["followup.owner.title"],
            t.Format("followup.decision.done", decision.Title, ownerName, decision.Due.ToString("yyyy-MM-dd")));
    }

    private DateOnly Today(RuleProfile profile) => new Core.Reminders.GroupClock(profile).Day(clock.GetUtcNow());

    /// <summary>Privately to a group member; a failed send is logged, the stored decision stands.</summary>
    private async Task SendAsync(ITurnContext turn, TeamGroup team, string memberId, JObject card, CancellationToken ct)
    {
        try
        {
            await messenger.SendToMemberAsync(turn, team, memberId, card, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Could not send a private card to {Member}", memberId);
        }
    }
}
