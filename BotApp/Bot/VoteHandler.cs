using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Opening, casting and closing votes (V1–V7, V9–V11). The voter is always the authenticated user.</summary>
public sealed class VoteHandler(
    TeamGroups teamGroups, MeetingStore meetings, BallotStore ballots, BallotViews views, TimeProvider clock,
    AgendaStore agendas, ILogger<VoteHandler> log, CurrentCards current, VerbTurn turns)
{
    /// <summary>openVote: the ballot is posted under the roll call, which everyone then sees with the vote open.</summary>
    public Task<JObject> OpenAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var itemId = data["itemId"];
        return turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.OpenVote(scope.ActorId ?? "", itemId, clock.GetUtcNow()),
            async (done, c) =>
            {
                var state = done.State;
                var ballot = BallotCard.Build(scope.Texts, await views.ForAsync(done.Team, state, state.Item(itemId)!, null, c));
                var rollCall = RollCallCard.Build(scope.Texts, state);
                return new Outcome(rollCall, [new InThisConversation(ballot), new ForEveryone(rollCall)]);
            }, ct);
    }

    /// <summary>V1: the chair opens an item's discussion; everyone's roll call shows it, with the chair speaking last.</summary>
    public Task<JObject> OpenDiscussionAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct) =>
        turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.OpenDiscussion(scope.ActorId ?? "", data["itemId"], clock.GetUtcNow()),
            (done, _) => Task.FromResult(ForEveryone.Answering(RollCallCard.Build(scope.Texts, done.State))), ct);

    /// <summary>castVote: an item's ballot, or with <c>candidate</c> one ballot on one candidate of a personnel item (V7).</summary>
    public async Task<JObject> CastAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var (meetingId, itemId, candidateId, voter) = (data["meetingId"], data["itemId"], data["candidate"], scope.ActorId ?? "");
        if (!Words.TryParse<VoteChoice>(data["choice"], out var choice))
            return Refusals.Card(scope, new Refusal(RuleIds.V2, RefusalCode.InvalidChoice), null);
        var click = Click(turn);
        Task<JObject?> Current(CancellationToken c) => current.ForEveryoneAsync(Verbs.CastVote, scope, data, c);
        static bool Secret(ReadMeeting read, string? itemId) => read.State.Item(itemId)?.Item.Method == VotingMethod.Secret;

        return await turns.RunAsync(turn, scope, new Verb<ReadMeeting, Voted>(
            Load: (team, c) => ReadAsync(team, meetingId, c),
            RunAndStore: async (team, read, c) =>
            {
                var partition = team.MeetingPartition(meetingId ?? "");
                if (Secret(read, itemId))
                {
                    var cast = await ballots.CastSecretAsync(partition, itemId!, candidateId,
                        (m, box) => m.CastSecretBallot(box, voter, itemId, choice), c, read.State);
                    return cast.IsRefused ? Step<Voted>.Refused(cast.Refusal, read.State.Profile) : new Voted(read.State, Secret: true);
                }
                JObject? answer = null;
                var ran = await ballots.CastAsync(partition, m => m.CastBallot(voter, itemId, candidateId, choice, clock.GetUtcNow()),
                    after =>
                    {
                        answer = BallotCard.Build(scope.Texts, BallotViews.ForOpenMethod(team, after, after.Item(itemId)!, voter));
                        return answer.ToString(Newtonsoft.Json.Formatting.None);
                    },
                    click, read.Log, c);
                if (ran.IsRefused)
                    // The same click delivered again after its vote closed gets its first answer (kept at the close).
                    return click is not null && await ballots.KeptAnswerAsync(click, c) is { } kept
                        ? new Voted(null, Kept: kept)
                        : Step<Voted>.Refused(ran.Refusal, read.State.Profile);
                return ran.Value.State is { } counted ? new Voted(counted, Answer: answer) : new Voted(null, Kept: ran.Value.Answer);
            },
            Outcome: async (done, c) =>
            {
                var voted = done.State;
                if (voted.Kept is { } kept) return JObject.Parse(kept); // the same click again
                var state = voted.State!;
                var everyone = voted.Secret
                    ? await views.ForAsync(done.Team, state, state.Item(itemId)!, null, c)
                    : BallotViews.ForOpenMethod(done.Team, state, state.Item(itemId)!, null);
                return new Outcome(voted.Answer ?? BallotCard.Build(scope.Texts, everyone with { Viewer = voter }),
                    [new ForEveryone(BallotCard.Build(scope.Texts, everyone), Current)]);
            })
        {
            RecentGroup = true,
            // An open ballot keeps its own answer with its row; a secret one leaves none, so its turn runs once.
            OnceOnly = read => Secret(read, itemId),
        }, ct);
    }

    /// <summary>The meeting's log as read, folded, so the first try of the write reads nothing again.</summary>
    private sealed record ReadMeeting(LoggedEvents<MeetingEvent> Log, MeetingState State);

    /// <summary>One read of the log serves the rules and the first try of the write: a vote is on the hot path.</summary>
    private async Task<Step<ReadMeeting>> ReadAsync(TeamGroup team, string? meetingId, CancellationToken ct)
    {
        var log = await meetings.ReadAsync(team.MeetingPartition(meetingId ?? ""), ct);
        return log.Events.Count == 0 ? Step<ReadMeeting>.Refused(StoredFacts.NoMeeting(), null) : new ReadMeeting(log, OpenVoteRows.Fold(log));
    }

    /// <summary>
    /// What casting gave: the meeting with the ballot (a secret one: as before it, the box holds the ballot) and the
    /// voter's answer when already built, or only the answer kept for a repeat of the same click.
    /// </summary>
    private sealed record Voted(MeetingState? State, bool Secret = false, JObject? Answer = null, string? Kept = null);

    /// <summary>The click's identity, kept with the ballot so a repeat of the same click is known.</summary>
    private static OpenVoteRows.Click? Click(ITurnContext turn) =>
        string.IsNullOrEmpty(turn.Activity.Id) || string.IsNullOrEmpty(turn.Activity.Conversation?.Id)
            ? null
            : new OpenVoteRows.Click(turn.Activity.Conversation.Id, turn.Activity.Id);

    /// <summary>A member's client asks for their own view of the ballot (refresh.userIds).</summary>
    public async Task<JObject> RefreshAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        var (team, refused) = await teamGroups.FindOrRefuseAsync(scope, ct);
        if (team is null) return refused!;
        var state = await meetings.LoadAsync(team.MeetingPartition(data["meetingId"] ?? ""), ct);
        var item = state?.Item(data["itemId"]);
        if (state is null || item is null) return Refusals.Card(scope, new Refusal(RuleIds.MK1, RefusalCode.MeetingNotFound), null);
        if (item.Status == ItemStatus.Closed) return ResultCard.Build(scope.Texts, state, item);
        return BallotCard.Build(scope.Texts, await views.ForAsync(team, state, item, scope.ActorId, ct));
    }

    /// <summary>closeVote (V10): the tally for everyone; for a passed item or candidate, the decision form (IM1).</summary>
    public Task<JObject> CloseAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var (meetingId, itemId, actor) = (data["meetingId"], data["itemId"], scope.ActorId ?? "");
        // V8: the chair may declare the matter urgent at the close, with the reason the minutes record.
        var urgent = data["urgent"] == "true";
        var urgentReason = data["urgentReason"];
        return turns.RunAsync(turn, scope, new Verb<ReadMeeting, MeetingState>(
            Load: (team, c) => ReadAsync(team, meetingId, c),
            RunAndStore: async (team, read, c) =>
            {
                var (partition, state) = (team.MeetingPartition(meetingId ?? ""), read.State);
                var boxes = new List<SecretBallotBox>();
                if (state.Item(itemId) is { Item.Method: VotingMethod.Secret } secretItem)
                {
                    // Check the chair and the item before sealing, so nobody else can seal a box.
                    if (state.MayClose(actor, itemId, urgent, urgentReason) is { } refusal) return Step<MeetingState>.Refused(refusal, state.Profile);
                    foreach (var candidateId in BallotViews.BoxesOf(secretItem))
                        boxes.Add(await ballots.SealBoxAsync(partition, itemId!, candidateId, c));
                }
                var ran = await ballots.CloseVoteAsync(partition, itemId ?? "",
                    m => m.CloseVote(actor, itemId, clock.GetUtcNow(), boxes, urgent, urgentReason), read.Log, c);
                if (ran.IsRefused) return Step<MeetingState>.Refused(ran.Refusal, state.Profile);
                var closed = ran.Value;
                if (closed.Item(itemId)!.Tally!.Outcome == VoteOutcome.Deferred) await DeferAsync(team, closed, itemId!, c);
                return closed;
            },
            Outcome: (done, _) =>
            {
                var card = ResultCard.Build(scope.Texts, done.State, done.State.Item(itemId)!);
                var today = new Core.Reminders.GroupClock(done.Team.Stored.Group.Profile).Day(clock.GetUtcNow());
                return Task.FromResult(new Outcome(card, [new ForEveryone(card), .. EventDeliveries.VoteClosed(done.Team, done.State, itemId, today)]));
            }), ct);
    }

    /// <summary>
    /// V8 暂缓: the deferred topic goes back to the 议题库, offered again by 安排会议 and the start card without a new
    /// proposal. The vote stands closed whatever happens here; a failure is logged and the topic stays on its meeting.
    /// </summary>
    private async Task DeferAsync(TeamGroup team, MeetingState closed, string itemId, CancellationToken ct)
    {
        var deferred = await agendas.RunAsync(team.Key, a => a.Defer(itemId, closed.Id, clock.GetUtcNow()), ct);
        if (deferred.IsRefused)
            log.LogWarning("Deferred item {Item} of {Meeting} not returned to the topic pool: {Code}", itemId, closed.Id, deferred.Refusal.Code);
    }

    /// <summary>V5: the chair closes the floor to the members who have not voted, then states last.</summary>
    public Task<JObject> CloseFloorAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var itemId = data["itemId"];
        return turns.OnMeetingAsync(turn, scope, data["meetingId"], m => m.CloseFloor(scope.ActorId ?? "", itemId, clock.GetUtcNow()),
            async (done, c) =>
            {
                var view = await views.ForAsync(done.Team, done.State, done.State.Item(itemId)!, null, c);
                return new Outcome(BallotCard.Build(scope.Texts, view with { Viewer = scope.ActorId }), [new ForEveryone(BallotCard.Build(scope.Texts, view))]);
            }, ct);
    }

    /// <summary>V9: a reservation by a member on the losing side, recorded in the minutes.</summary>
    public Task<JObject> DeclareReservationAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct) =>
        turns.OnMeetingAsync(turn, scope, data["meetingId"],
            m => m.DeclareReservation(scope.ActorId ?? "", data["itemId"], data["text"] ?? "", clock.GetUtcNow()),
            (_, _) => Task.FromResult<Outcome>(NoticeCard.Build(scope.Texts["result.reservation"], scope.Texts["result.reserved"])), ct);
}
