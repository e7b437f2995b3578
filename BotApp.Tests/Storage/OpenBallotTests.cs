using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Storage;

/// <summary>
/// Open ballots are rows beside the meeting's chain until their vote closes. A ballot decided on a read taken before
/// the floor or the vote closed (another instance's click in flight) must not land after it: the markers it touches
/// are gone, so it is refused and nothing is stored.
/// </summary>
[Trait("Category", "Storage")]
public sealed class OpenBallotTests(SharedAzurite azurite) : IClassFixture<SharedAzurite>
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly string Meeting = "t|team|" + Guid.NewGuid().ToString("N");
    private static readonly string Prefix = "ob" + Guid.NewGuid().ToString("N")[..8];
    private readonly MeetingStore _store = NewStore(azurite, Prefix);
    private BallotStore Ballots => _ballots ??= NewBallots(azurite, Prefix, _store);
    private BallotStore? _ballots;

    private static MeetingStore NewStore(Azurite azurite, string prefix)
    {
        var tables = new TableStore(new TableServiceClient(azurite.ConnectionString), prefix);
        return new MeetingStore(new MeetingLog(tables), new OpenVoteStore(tables));
    }

    private static BallotStore NewBallots(Azurite azurite, string prefix, MeetingStore meetings)
    {
        var tables = new TableStore(new TableServiceClient(azurite.ConnectionString), prefix);
        return new BallotStore(meetings, new MeetingLog(tables), new OpenVoteStore(tables), new BallotBoxStore(tables), new ActivityLedger(tables),
            NullLogger<BallotStore>.Instance);
    }

    /// <summary>Chair "c" and members "a", "b", all present, item 1's vote open.</summary>
    private async Task OpenAsync()
    {
        Assert.True(await _store.CreateAsync(Meeting, new MeetingStarted(Nine, "m1", MeetingKind.PartyGroupMeeting, "chengzhong-hrss-2021",
            "c", "c", [new GroupMember("c", "主持人", Role.Secretary), new GroupMember("a", "甲", Role.Member), new GroupMember("b", "乙", Role.Member)],
            [new AgendaItem("1", "议题一", VotingMethod.Recorded)])));
        foreach (var id in new[] { "c", "a", "b" })
            Assert.False((await _store.RunAsync(Meeting, m => m.CheckIn(id, Nine))).IsRefused);
        Assert.False((await _store.RunAsync(Meeting, m => m.OpenVote("c", "1", Nine))).IsRefused);
    }

    private Task<Result<CastBallot>> CastAsync(string voter, LoggedEvents<MeetingEvent> known, string activity = "x") =>
        Ballots.CastAsync(Meeting, m => m.CastBallot(voter, "1", null, VoteChoice.Yes, Nine), _ => "{}",
            new OpenVoteRows.Click("conv", activity + voter), known);

    private async Task<int> StoredBallotsAsync() =>
        (await Resilience.Stored.BallotsAsync(azurite.ConnectionString, Prefix)).Count(b => b.Partition == Meeting);


    [Fact]
    public async Task A_ballot_read_before_the_vote_closed_is_refused_after_it_V10()
    {
        await OpenAsync();
        Assert.False((await CastAsync("a", await _store.ReadAsync(Meeting))).IsRefused);
        var staleForB = await _store.ReadAsync(Meeting);

        var closed = await Ballots.CloseVoteAsync(Meeting, "1", m => m.CloseVote("c", "1", Nine), await _store.ReadAsync(Meeting));
        Assert.Equal(1, closed.Value!.Item("1")!.Tally!.Yes);

        var late = await CastAsync("b", staleForB);
        Assert.Equal(("V10", RefusalCode.ItemClosed), (late.Refusal?.RuleId, late.Refusal?.Code));
        var after = (await _store.LoadAsync(Meeting))!;
        Assert.Equal(["a"], after.Item("1")!.Ballots.Select(b => b.VoterId));
        Assert.Equal(1, after.Item("1")!.Tally!.Yes);
        Assert.Equal(1, await StoredBallotsAsync()); // no stray row beside the chain either
    }

    [Fact]
    public async Task A_members_ballot_read_before_the_chair_voted_is_refused_after_it_V5()
    {
        await OpenAsync();
        Assert.False((await CastAsync("a", await _store.ReadAsync(Meeting))).IsRefused);
        Assert.False((await _store.RunAsync(Meeting, m => m.CloseFloor("c", "1", Nine))).IsRefused);
        var staleForB = await _store.ReadAsync(Meeting);
        // b's click was decided before the floor closed: the read it used did not show FloorClosed.
        var beforeFloor = staleForB with { Events = staleForB.Events.Take(staleForB.Events.Count - 1).ToList() };
        beforeFloor = beforeFloor with { Side = [.. beforeFloor.Side, new TableEntity(Meeting, OpenVoteRows.FloorMarker("1"))] };
        Assert.False((await CastAsync("c", await _store.ReadAsync(Meeting))).IsRefused);

        var late = await CastAsync("b", beforeFloor);
        Assert.True(late.IsRefused);
        var ballots = (await _store.LoadAsync(Meeting))!.Item("1")!.Ballots.Select(b => b.VoterId).ToList();
        Assert.Equal(["a", "c"], ballots);
        Assert.Equal(2, await StoredBallotsAsync());
    }

    [Fact]
    public async Task The_same_click_delivered_twice_is_one_ballot_with_one_answer_V11()
    {
        await OpenAsync();
        var first = await CastAsync("a", await _store.ReadAsync(Meeting), "click-1");
        var again = await CastAsync("a", await _store.ReadAsync(Meeting), "click-1");
        Assert.Equal(first.Value!.Answer, again.Value!.Answer);
        Assert.Null(again.Value.State); // answered from the row, nothing cast
        var other = await CastAsync("a", await _store.ReadAsync(Meeting), "click-2");
        Assert.Equal(("V11", RefusalCode.AlreadyVoted), (other.Refusal?.RuleId, other.Refusal?.Code));
        Assert.Single((await _store.LoadAsync(Meeting))!.Item("1")!.Ballots);
    }

    [Fact]
    public async Task A_personnel_item_with_more_ballots_than_one_transaction_holds_closes_with_all_of_them_in_order_V7_V10()
    {
        // 13 voters × 5 candidates = 65 ballots: the close moves them into the chain in more than one transaction.
        var members = Enumerable.Range(1, 12).Select(i => new GroupMember($"m{i:D2}", $"成员{i}", Role.Member)).ToList();
        var candidates = Enumerable.Range(1, 5).Select(i => new Candidate($"c{i}", $"候选人{i}")).ToList();
        Assert.True(await _store.CreateAsync(Meeting, new MeetingStarted(Nine, "m1", MeetingKind.PartyGroupMeeting, "chengzhong-hrss-2021",
            "c", "c", [new GroupMember("c", "主持人", Role.Secretary), .. members],
            [new AgendaItem("1", "干部任免", VotingMethod.Recorded, ItemCategory.Appointment) { Candidates = candidates }])));
        foreach (var id in members.Select(m => m.Id).Prepend("c"))
            Assert.False((await _store.RunAsync(Meeting, m => m.CheckIn(id, Nine))).IsRefused);
        Assert.False((await _store.RunAsync(Meeting, m => m.OpenVote("c", "1", Nine))).IsRefused);

        var minute = 0;
        foreach (var voter in members.Select(m => m.Id).Append("c"))
            foreach (var candidate in candidates)
            {
                var choice = voter == "m01" && candidate.Id == "c1" ? VoteChoice.No : VoteChoice.Yes;
                var at = Nine.AddMinutes(++minute);
                var cast = await Ballots.CastAsync(Meeting, m => m.CastBallot(voter, "1", candidate.Id, choice, at), _ => "{}",
                    new OpenVoteRows.Click("conv", $"{voter}-{candidate.Id}"), await _store.ReadAsync(Meeting));
                Assert.False(cast.IsRefused, cast.Refusal?.ToString());
            }

        var closed = await Ballots.CloseVoteAsync(Meeting, "1", m => m.CloseVote("c", "1", Nine.AddHours(1)), await _store.ReadAsync(Meeting));
        Assert.False(closed.IsRefused, closed.Refusal?.ToString());
        var tallies = closed.Value!.Item("1")!.CandidateTallies;
        Assert.Equal([(12, 1), (13, 0), (13, 0), (13, 0), (13, 0)], tallies.Select(t => (t.Tally.Yes, t.Tally.No)));

        // All 65 in the chain, in the order cast with the chair's last, nothing left beside it, and the chain intact.
        Assert.Empty(await Resilience.Stored.OpenRowsAsync(azurite.ConnectionString, Prefix, Meeting));
        var ballots = (await new MeetingLog(new TableStore(new TableServiceClient(azurite.ConnectionString), Prefix)).ReadAsync(Meeting))
            .OfType<BallotCast>().ToList();
        Assert.Equal(65, ballots.Count);
        Assert.Equal(ballots.OrderBy(b => b.At).Select(b => b.VoterId + b.CandidateId), ballots.Select(b => b.VoterId + b.CandidateId));
        Assert.All(ballots.TakeLast(5), b => Assert.Equal("c", b.VoterId));
        Assert.True((await _store.VerifyAsync(Meeting)).Intact);
        // A late repeat of a click whose ballot joined the chain still gets its answer.
        Assert.Equal("{}", await Ballots.KeptAnswerAsync(new OpenVoteRows.Click("conv", "m05-c3"), default));
    }

    [Fact]
    public async Task A_close_cut_off_after_moving_some_ballots_is_finished_by_pressing_again_without_counting_any_twice_V10()
    {
        await OpenAsync();
        foreach (var voter in new[] { "a", "b" })
            Assert.False((await CastAsync(voter, await _store.ReadAsync(Meeting))).IsRefused);
        // The first transaction of a long close went in (a's ballot is in the chain), then the process died.
        var log = new MeetingLog(new TableStore(new TableServiceClient(azurite.ConnectionString), Prefix));
        var read = await _store.ReadAsync(Meeting);
        var moved = OpenVoteRows.Pending(read.Side).Single(b => b.VoterId == "a");
        Assert.True(await log.TryAppendAllAsync(Meeting, read.Events.Count, [moved], read.LastHash));

        var meanwhile = (await _store.LoadAsync(Meeting))!.Item("1")!;
        Assert.Equal(["a", "b"], meanwhile.Ballots.Select(b => b.VoterId).Order());

        var closed = await Ballots.CloseVoteAsync(Meeting, "1", m => m.CloseVote("c", "1", Nine), await _store.ReadAsync(Meeting));
        Assert.Equal(2, closed.Value!.Item("1")!.Tally!.Yes);
        Assert.Equal(2, (await log.ReadAsync(Meeting)).OfType<BallotCast>().Count());
        Assert.Empty(await Resilience.Stored.OpenRowsAsync(azurite.ConnectionString, Prefix, Meeting));
    }
}
