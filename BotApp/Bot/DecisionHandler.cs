using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// 登记决定 (IM1): after a vote closes with 通过 (or a personnel candidate passes, V7), the secretary and the office
/// director get the decision form privately; whoever records it first names the owner and the due date, and the owner
/// is told privately that they own it.
/// </summary>
public sealed class DecisionHandler(MeetingStore meetings, TimeProvider clock, VerbTurn turns)
{
    /// <summary>The decision as stored, with the meeting that took it (for the owner's name on its roster).</summary>
    private sealed record Decided(MeetingState Meeting, DecisionRecorded Decision);

    /// <summary>recordDecision: <c>meetingId</c>, <c>itemId</c>, optional <c>candidate</c>, <c>owner</c>, <c>due</c> (yyyy-MM-dd), <c>teamId</c>.</summary>
    public Task<JObject> RecordAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        scope = scope.InTeam(data["teamId"]);
        // Core checks the role first, then owner and due date (IM1); an unreadable date is refused like a past one.
        var actor = scope.ActorId ?? "";
        var owner = data["owner"] ?? "";
        var due = DateOnly.TryParseExact(data["due"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : DateOnly.MinValue;
        string? decisionId = null;
        var record = turns.StoreOnAgenda<MeetingState>((a, state) =>
        {
            var result = a.RecordDecision(state, actor, data["itemId"], data["candidate"], owner, due, clock.GetUtcNow());
            decisionId = (result.Value as DecisionRecorded)?.DecisionId;
            return result;
        });
        return turns.RunAsync(turn, scope, new Verb<MeetingState, Decided>(
            Load: async (team, c) =>
                (string.IsNullOrEmpty(data["meetingId"]) ? null : await meetings.LoadAsync(team.MeetingPartition(data["meetingId"]!), c)) is { } state
                    ? state
                    : Step<MeetingState>.Refused(new Refusal(RuleIds.MK1, RefusalCode.MeetingNotFound), team.Stored.Group.Profile),
            RunAndStore: async (team, state, c) => await (await record(team, state, c)).ThenAsync(agenda => new Decided(state, agenda.Decision(decisionId)!)),
            Outcome: (done, _) =>
            {
                var (meeting, decision) = done.State;
                var (zh, t, due) = (Texts.Texts.Chinese, scope.Texts, decision.Due.ToString("yyyy-MM-dd"));
                return Task.FromResult(new Outcome(
                    NoticeCard.Build(t["followup.owner.title"], t.Format("followup.decision.done", decision.Title, meeting.Member(owner)?.Name ?? owner, due)),
                    [new ToMember(owner, NoticeCard.Build(zh["followup.owner.title"], zh.Format("followup.owner.text", decision.Title, due)))]));
            }), ct);
    }
}
