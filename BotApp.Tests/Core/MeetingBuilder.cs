using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using Xunit;

namespace PartyGroupBot.Tests.Core;

/// <summary>
/// A party group of N voting members (the secretary plus member1..member{N−1}) with an office director
/// and a recorder, and one meeting driven the way the bot drives it: each command runs on the state
/// folded from the log (MN1) and, when accepted, its event is appended.
/// </summary>
public sealed class MeetingBuilder
{
    /// <summary>Seed A, 西宁市城中区人社局党组 (2021).</summary>
    public const string A = "chengzhong-hrss-2021";
    /// <summary>Seed B, 昌吉州交通运输局党组 (2020).</summary>
    public const string B = "changji-transport-2020";

    public const string Secretary = "secretary";
    public const string OfficeDirector = "office-director";
    public const string Recorder = "recorder";
    public const string MeetingId = "2025-03-dangzu";

    private static readonly string[] VoterNames =
        ["王建国", "李华", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄蕾", "周强", "吴芳", "徐涛", "孙丽", "马超", "朱红", "胡军"];

    /// <summary>A fixed clock: 14 March 2025 in China Standard Time.</summary>
    public static DateTimeOffset At(int hour, int minute) => new(2025, 3, 14, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>The i-th voting member after the secretary: 1 is the deputy secretary, 2 the party-building lead.</summary>
    public static string Member(int i) => $"member{i}";

    public static PartyGroup NewGroup(string profileId, int votingMembers)
    {
        var members = new List<GroupMember> { new(Secretary, VoterNames[0], Role.Secretary) };
        for (var i = 1; i < votingMembers; i++)
            members.Add(new(Member(i), VoterNames[i],
                i switch { 1 => Role.DeputySecretary, 2 => Role.PartyBuildingLead, _ => Role.Member }));
        members.Add(new(OfficeDirector, "郑晓东", Role.OfficeDirector));
        members.Add(new(Recorder, "冯雪", Role.Recorder));
        return new PartyGroup(profileId, members);
    }

    private readonly List<MeetingEvent> _log = [];

    /// <summary>A meeting of any kind (MK2, MK3) the test has started itself, driven the same way.</summary>
    public MeetingBuilder(PartyGroup group, MeetingStarted started)
    {
        Group = group;
        VotingMembers = group.Members.Count(m => m.HasVote);
        _log.Add(started);
    }

    /// <summary>The secretary starts a meeting at 09:00 with the given agenda.</summary>
    public MeetingBuilder(string profileId, int votingMembers, params AgendaItem[] items)
    {
        VotingMembers = votingMembers;
        Group = NewGroup(profileId, votingMembers);
        var started = Meeting.Start(Group, null, MeetingId, Secretary, items, At(9, 0));
        Assert.Null(started.Refusal);
        _log.Add(started.Value!);
    }

    public PartyGroup Group { get; }
    public int VotingMembers { get; }
    public IReadOnlyList<MeetingEvent> Log => _log;
    public MeetingState State => MeetingState.Fold(_log);
    /// <summary>The clock for the next command: one minute after the last event in the log.</summary>
    public DateTimeOffset Now => _log[^1].At.AddMinutes(1);

    /// <summary>Runs a command on the current state without appending anything.</summary>
    public Result<MeetingEvent> Try(Func<MeetingState, Result<MeetingEvent>> command) => command(State);

    /// <summary>Runs a command that must be accepted, and appends its event.</summary>
    public MeetingEvent Do(Func<MeetingState, Result<MeetingEvent>> command)
    {
        var result = command(State);
        Assert.Null(result.Refusal);
        _log.Add(result.Value!);
        return result.Value!;
    }

    public MeetingBuilder CheckIn(params string[] memberIds)
    {
        foreach (var id in memberIds) Do(m => m.CheckIn(id, Now));
        return this;
    }

    /// <summary>Checks in the secretary, then member1, member2 … until k voting members are present.</summary>
    public MeetingBuilder CheckInVoting(int k) =>
        CheckIn([Secretary, .. Enumerable.Range(1, k - 1).Select(Member)]);

    /// <summary>Q3: the member asked leave from the notice and the secretary approved it before the meeting opened, as
    /// <see cref="MeetingStarted.Leave"/> carries it in (<see cref="LeaveBeforeMeetingTests"/> drives that path).</summary>
    public MeetingBuilder OnLeave(string memberId, string reason = "出差", bool approved = true)
    {
        var started = (MeetingStarted)_log[0];
        var leave = started.Leave ?? new LeaveCarriedIn([], [], []);
        var asked = started.At.AddDays(-1);
        _log[0] = started with
        {
            Leave = leave with
            {
                Requests = [.. leave.Requests, new LeaveRequested(asked, memberId, reason)],
                Approvals = approved ? [.. leave.Approvals, new LeaveApproved(asked, memberId, Secretary)] : leave.Approvals,
            },
        };
        return this;
    }

    public MeetingBuilder Open(string itemId)
    {
        Do(m => m.OpenVote(Secretary, itemId, Now));
        return this;
    }

    public MeetingBuilder Vote(string itemId, string voterId, VoteChoice choice)
    {
        Do(m => m.CastBallot(voterId, itemId, choice, Now));
        return this;
    }

    /// <summary>The present voting members in V5 order: member1, member2 … and the chair last.</summary>
    public IReadOnlyList<string> PresentVotersChairLast()
    {
        var state = State;
        return [.. Enumerable.Range(1, VotingMembers - 1).Select(Member).Where(state.IsPresent), Secretary];
    }

    /// <summary>Casts yes, then no, then abstain ballots over the present voters in V5 order (chair last); on one person
    /// named (V7, <paramref name="candidateId"/>) 同意, 不同意, then 缓议.</summary>
    public MeetingBuilder VoteAll(string itemId, int yes, int no, int abstain, string? candidateId = null)
    {
        var voters = PresentVotersChairLast();
        Assert.Equal(voters.Count, yes + no + abstain);
        var third = candidateId is null ? VoteChoice.Abstain : VoteChoice.Defer;
        for (var i = 0; i < voters.Count; i++)
        {
            var choice = i < yes ? VoteChoice.Yes : i < yes + no ? VoteChoice.No : third;
            Do(m => m.CastBallot(voters[i], itemId, candidateId, choice, Now));
        }
        return this;
    }

    /// <summary>Same as <see cref="VoteAll"/> for a secret item: returns the filled box, the log is unchanged.</summary>
    public SecretBallotBox SecretVoteAll(string itemId, int yes, int no, int abstain)
    {
        var voters = PresentVotersChairLast();
        Assert.Equal(voters.Count, yes + no + abstain);
        var box = SecretBallotBox.Empty(itemId);
        for (var i = 0; i < voters.Count; i++)
        {
            box = Accepted(State.CastSecretBallot(box, voters[i], itemId,
                i < yes ? VoteChoice.Yes : i < yes + no ? VoteChoice.No : VoteChoice.Abstain));
        }
        return box;
    }

    public VoteClosed Close(string itemId, SecretBallotBox? box = null) =>
        Assert.IsType<VoteClosed>(Do(m => m.CloseVote(Secretary, itemId, Now, box)));

    public MeetingBuilder End()
    {
        Do(m => m.End(Secretary, Now));
        return this;
    }

    public static void AssertRefused<T>(Result<T> result, string ruleId, RefusalCode code) =>
        Assert.Equal(new Refusal(ruleId, code), result.Refusal);

    public static void AssertAccepted<T>(Result<T> result)
    {
        Assert.Null(result.Refusal);
        Assert.NotNull(result.Value);
    }

    /// <summary>The value of a result that must be accepted.</summary>
    public static T Accepted<T>(Result<T> result)
    {
        AssertAccepted(result);
        return result.Value!;
    }
}
