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
    /// <summary>Called once a vote has closed. Sends a form per passed item or candidate; a failed send never undoes the close.</summary>
    public async Task OfferAsync(ITurnContext turn, TurnScope scope, TeamGroup team, MeetingState state, string? itemId, CancellationToken ct)
    {
        try
        {
            var item = state.Item(itemId);
            if (item is null || item.Status != ItemStatus.Closed) return;
            var passed = item.Item.Candidates.Count > 0
                ? item.CandidateTallies.Where(c => c.Tally.Outcome == VoteOutcome.Passed)
                    .Select(c => ((string?)c.CandidateId, $"{item.Item.Title}：{c.Name}")).ToList()
                : item.Tally?.Outcome == VoteOutcome.Passed ? [((string?)null, item.Item.Title)] : [];
            if (passed.Count == 0) return;

            var group = team.Stored.Group;
            var members = state.Roster.Select(m => new DecisionCard.Person(m.Id, m.Name)).ToList();
            var recorders = new[] { state.Started.SecretaryId }
                .Concat(group.Members.Where(m => m.Role == Role.OfficeDirector).Select(m => m.Id)).Distinct().ToList();
            var today = Today(group.Profile);
            foreach (var (candidateId, title) in passed)
            {
                var card = DecisionCard.Build(Texts.Texts.Chinese, team.Key.TeamId, state.Id, item.Item.Id, candidateId, title, members, today);
                foreach (var recorder in recorders) await SendAsync(turn, team, recorder, card, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Could not offer the decision form for item {Item} of meeting {Meeting}", itemId, state.Id);
        }
    }

    /// <summary>recordDecision: <c>meetingId</c>, <c>itemId</c>, optional <c>candidate</c>, <c>owner</c>, <c>due</c> (yyyy-MM-dd), <c>teamId</c>.</summary>
    public async Task<JObject> RecordAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return Refusals.Card(scope, found.Refusal!, null);
        var team = found.Value!;
        var group = team.Stored.Group;
        var profile = group.Profile;
        var t = scope.Texts;
        var state = string.IsNullOrEmpty(data["meetingId"]) ? null : await meetings.LoadAsync(team.MeetingPartition(data["meetingId"]!), ct);
        if (state is null) return Refusals.Card(scope, new Refusal("MK1", RefusalCode.MeetingNotFound), profile);

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
            return Refusals.Card(scope, ran.Refusal!, profile,
                ran.Refusal! is { RuleId: "IM1", Code: RefusalCode.NotOnRoster } ? "followup.decision.ownerNotMember" : null);
        var decision = ran.Value!.Decision(decisionId)!;
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
