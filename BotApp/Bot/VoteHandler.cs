using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>Opening, casting and closing votes (V1–V6, V10, V11). The voter is always the authenticated user.</summary>
public sealed class VoteHandler(MeetingRunner runner, MeetingStore meetings, Messenger messenger, TimeProvider clock)
{
    public async Task<JObject> OpenAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var itemId = data["itemId"];
        var ran = await runner.RunAsync(scope, data["meetingId"], m => m.OpenVote(scope.ActorId ?? "", itemId, clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var state = ran.State!;
        var ballot = BallotCard.Build(scope.Texts, Shared(ran.Team!, state, state.Item(itemId)!, []));
        await turn.SendActivityAsync(Messenger.Message(ballot), ct);
        var rollCall = RollCallCard.Build(scope.Texts, state);
        await messenger.UpdateForEveryoneAsync(turn, rollCall, ct);
        return rollCall;
    }

    public async Task<JObject> CastAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var (meetingId, itemId, voter) = (data["meetingId"], data["itemId"], scope.ActorId ?? "");
        if (!Words.TryParse<VoteChoice>(data["choice"], out var choice))
            return MeetingRunner.Refused(scope, new Refusal("V2", RefusalCode.InvalidChoice), null);

        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var partition = team.MeetingPartition(meetingId ?? "");
        var state = await meetings.LoadAsync(partition, ct);
        if (state is null) return MeetingRunner.Refused(scope, new Refusal("MK1", RefusalCode.MeetingNotFound), null);

        IReadOnlyCollection<string> voted;
        if (state.Item(itemId)?.Item.Method == VotingMethod.Secret)
        {
            var cast = await meetings.CastSecretAsync(partition, itemId!, (m, box) => m.CastSecretBallot(box, voter, itemId, choice), ct);
            if (cast.IsRefused) return MeetingRunner.Refused(scope, cast.Refusal!, state.Profile);
            voted = cast.Value!.Voters;
        }
        else
        {
            var ran = await runner.RunAsync(scope, meetingId, m => m.CastBallot(voter, itemId, choice, clock.GetUtcNow()), ct);
            if (ran.Refusal is not null) return ran.Refusal;
            state = ran.State!;
            voted = BallotCard.OpenVoters(state.Item(itemId)!);
        }
        var item = state.Item(itemId)!;
        await messenger.UpdateForEveryoneAsync(turn, BallotCard.Build(scope.Texts, Shared(team, state, item, voted)), ct);
        return BallotCard.Build(scope.Texts, Shared(team, state, item, voted) with { Viewer = voter });
    }

    /// <summary>A member's client asks for their own view of the ballot (refresh.userIds).</summary>
    public async Task<JObject> RefreshAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var partition = team.MeetingPartition(data["meetingId"] ?? "");
        var state = await meetings.LoadAsync(partition, ct);
        var item = state?.Item(data["itemId"]);
        if (state is null || item is null) return MeetingRunner.Refused(scope, new Refusal("MK1", RefusalCode.MeetingNotFound), null);
        if (item.Status == ItemStatus.Closed) return ResultCard.Build(scope.Texts, item, state.Id);
        IReadOnlyCollection<string> voted = item.Item.Method == VotingMethod.Secret
            ? (await meetings.ReadBoxAsync(partition, item.Item.Id, ct)).Voters
            : BallotCard.OpenVoters(item);
        return BallotCard.Build(scope.Texts, Shared(team, state, item, voted) with { Viewer = scope.ActorId });
    }

    public async Task<JObject> CloseAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var (meetingId, itemId, actor) = (data["meetingId"], data["itemId"], scope.ActorId ?? "");
        var (team, refused) = await runner.TeamAsync(scope, ct);
        if (team is null) return refused!;
        var partition = team.MeetingPartition(meetingId ?? "");
        var state = await meetings.LoadAsync(partition, ct);
        if (state is null) return MeetingRunner.Refused(scope, new Refusal("MK1", RefusalCode.MeetingNotFound), null);

        SecretBallotBox? box = null;
        if (state.Item(itemId)?.Item.Method == VotingMethod.Secret)
        {
            // Check the chair and the item before sealing, so nobody else can seal a box.
            var check = state.CloseVote(actor, itemId, clock.GetUtcNow(), SecretBallotBox.Empty(itemId!).Seal());
            if (check.IsRefused) return MeetingRunner.Refused(scope, check.Refusal!, state.Profile);
            box = await meetings.SealBoxAsync(partition, itemId!, ct);
        }
        var ran = await runner.RunAsync(scope, meetingId, m => m.CloseVote(actor, itemId, clock.GetUtcNow(), box), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var card = ResultCard.Build(scope.Texts, ran.State!.Item(itemId)!, ran.State.Id);
        await messenger.UpdateForEveryoneAsync(turn, card, ct);
        return card;
    }

    /// <summary>V5: the chair closes the floor to the members who have not voted, then states last.</summary>
    public async Task<JObject> CloseFloorAsync(ITurnContext turn, TurnScope scope, CardData data, CancellationToken ct)
    {
        var itemId = data["itemId"];
        var ran = await runner.RunAsync(scope, data["meetingId"], m => m.CloseFloor(scope.ActorId ?? "", itemId, clock.GetUtcNow()), ct);
        if (ran.Refusal is not null) return ran.Refusal;
        var (state, item) = (ran.State!, ran.State!.Item(itemId)!);
        IReadOnlyCollection<string> voted = item.Item.Method == VotingMethod.Secret
            ? (await meetings.ReadBoxAsync(ran.Team!.MeetingPartition(state.Id), item.Item.Id, ct)).Voters
            : BallotCard.OpenVoters(item);
        await messenger.UpdateForEveryoneAsync(turn, BallotCard.Build(scope.Texts, Shared(ran.Team!, state, item, voted)), ct);
        return BallotCard.Build(scope.Texts, Shared(ran.Team!, state, item, voted) with { Viewer = scope.ActorId });
    }

    /// <summary>V9: a reservation by a member on the losing side, recorded in the minutes.</summary>
    public async Task<JObject> DeclareReservationAsync(TurnScope scope, CardData data, CancellationToken ct)
    {
        var ran = await runner.RunAsync(scope, data["meetingId"],
            m => m.DeclareReservation(scope.ActorId ?? "", data["itemId"], data["text"] ?? "", clock.GetUtcNow()), ct);
        return ran.Refusal ?? NoticeCard.Build(scope.Texts["result.reservation"], scope.Texts["result.reserved"]);
    }

    /// <summary>The view everyone shares, asking each present member's client to fetch their own.</summary>
    private static BallotView Shared(TeamGroup team, MeetingState state, ItemState item, IReadOnlyCollection<string> voted)
    {
        var users = state.Roster
            .Where(p => state.IsPresent(p.Id) && team.Stored.TeamsAccounts.ContainsKey(p.Id))
            .Select(p => team.Stored.TeamsAccounts[p.Id])
            .ToList();
        return new BallotView(state, item, voted, RefreshUserIds: users);
    }
}
