using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MinutesDraft = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>民主生活会 (MK2; A14, B23): ⅔ to open business (DL4), written statements of absentees (DL4), rectification measures (DL5).</summary>
[Trait("Category", "Core")]
public class DemocraticLifeTests
{
    private const string Id = "2025-dl";
    private static readonly AgendaItem[] Topics =
    [
        new("check", "对照检查，开展批评与自我批评", VotingMethod.Oral),
        new("rectify", "研究整改措施", VotingMethod.Oral),
    ];

    private static MeetingBuilder Start(int votingMembers, string profile = A)
    {
        var group = NewGroup(profile, votingMembers);
        return new MeetingBuilder(group, Accepted(Meeting.StartDemocraticLife(group, null, Id, Secretary, Topics, At(9, 0))));
    }

    [Fact]
    public void MK2_the_secretary_starts_a_democratic_life_meeting_on_the_same_engine()
    {
        var started = Accepted(Meeting.StartDemocraticLife(NewGroup(A, 7), null, Id, Secretary, Topics, At(9, 0)));

        Assert.Equal(MeetingKind.DemocraticLifeMeeting, started.Kind);
        Assert.Equal(Secretary, started.ChairId);
        Assert.Equal(Secretary, started.SecretaryId);
        Assert.False(started.IsSeminar);
        Assert.Equal(2, started.Items.Count);
        Assert.Equal(9, started.Roster.Count); // 7 voting, office director, recorder
        Assert.Equal(MeetingKind.DemocraticLifeMeeting, MeetingState.Fold([started]).Kind);
    }

    [Fact]
    public void MK2_only_the_secretary_convenes_with_topics_and_not_over_an_open_meeting()
    {
        var group = NewGroup(A, 7);
        AssertRefused(Meeting.StartDemocraticLife(group, null, Id, Member(1), Topics, At(9, 0)), "MK2", RefusalCode.OnlySecretaryConvenes);
        AssertRefused(Meeting.StartDemocraticLife(group, null, Id, OfficeDirector, Topics, At(9, 0)), "MK2", RefusalCode.OnlySecretaryConvenes);
        AssertRefused(Meeting.StartDemocraticLife(group, null, Id, Secretary, [], At(9, 0)), "MK2", RefusalCode.NoAgendaItems);
        var open = Start(7).State;
        AssertRefused(Meeting.StartDemocraticLife(group, open, "2026-dl", Secretary, Topics, At(10, 0)), "MK2", RefusalCode.MeetingNotEnded);
    }

    // DL4: 三分之二以上 of those who should attend, present ≥ ⌈2N/3⌉.
    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 4)]
    [InlineData(7, 5)]
    [InlineData(8, 6)]
    [InlineData(9, 6)]
    [InlineData(10, 7)]
    [InlineData(11, 8)]
    [InlineData(12, 8)]
    public void DL4_two_thirds_of_those_who_should_attend(int n, int required) =>
        Assert.Equal(required, Start(n).State.RequiredToOpenBusiness());

    [Theory]
    [InlineData(5, 3, false)]
    [InlineData(5, 4, true)]
    [InlineData(6, 3, false)]
    [InlineData(6, 4, true)]
    [InlineData(7, 4, false)]
    [InlineData(7, 5, true)]
    [InlineData(9, 5, false)]
    [InlineData(9, 6, true)]
    public void DL4_business_opens_only_with_two_thirds_present(int n, int present, bool opens)
    {
        var state = Start(n).CheckInVoting(present).State;
        if (opens) Assert.Null(state.CanOpenBusiness());
        else Assert.Equal(new Refusal("DL4", RefusalCode.NoQuorum), state.CanOpenBusiness());
    }

    [Fact]
    public void DL4_is_stricter_than_the_party_group_meetings_Q1()
    {
        // N = 7: Q1 needs 4, DL4 needs 5.
        var dangzu = new MeetingBuilder(A, 7, Topics[0]).CheckInVoting(4).State;
        Assert.Equal(4, dangzu.RequiredToOpenBusiness());
        Assert.Null(dangzu.CanOpenBusiness());

        Assert.Equal(new Refusal("DL4", RefusalCode.NoQuorum), Start(7).CheckInVoting(4).State.CanOpenBusiness());
    }

    [Fact]
    public void DL4_members_on_leave_still_count_among_those_who_should_attend_and_non_voters_never_count()
    {
        // N = 6 needs 4 whoever is on leave.
        var meeting = Start(6).OnLeave(Member(4)).OnLeave(Member(5)).CheckInVoting(3);
        Assert.Equal(4, meeting.State.RequiredToOpenBusiness());
        Assert.Equal(new Refusal("DL4", RefusalCode.NoQuorum), meeting.State.CanOpenBusiness());
        meeting.CheckIn(OfficeDirector, Recorder);
        Assert.Equal(new Refusal("DL4", RefusalCode.NoQuorum), meeting.State.CanOpenBusiness());
        meeting.CheckIn(Member(3));
        Assert.Null(meeting.State.CanOpenBusiness());
    }

    [Fact]
    public void DL4_a_member_leaving_early_takes_the_meeting_below_two_thirds()
    {
        var meeting = Start(7).CheckInVoting(5);
        Assert.Null(meeting.State.CanOpenBusiness());
        meeting.Do(m => m.Leave(Member(4), meeting.Now));
        Assert.Equal(new Refusal("DL4", RefusalCode.NoQuorum), meeting.State.CanOpenBusiness());
    }

    [Fact]
    public void DL4_an_absentee_submits_one_written_statement_which_is_recorded()
    {
        var meeting = Start(7).OnLeave(Member(6)).CheckInVoting(5);
        var e = Assert.IsType<WrittenStatementSubmitted>(
            meeting.Do(m => m.SubmitWrittenStatement(Member(6), "  本人对照检查材料如下……  ", meeting.Now)));
        Assert.Equal(Member(6), e.MemberId);
        Assert.Equal("本人对照检查材料如下……", e.Text);

        // Absent without leave may state in writing too.
        meeting.Do(m => m.SubmitWrittenStatement(Member(5), "因病未能到会，书面发言如下……", meeting.Now));
        Assert.Equal([Member(6), Member(5)], meeting.State.WrittenStatements.Select(s => s.MemberId));

        AssertRefused(meeting.Try(m => m.SubmitWrittenStatement(Member(6), "再补充一点", meeting.Now)), "DL4", RefusalCode.AlreadyStated);
        AssertRefused(meeting.Try(m => m.SubmitWrittenStatement(Member(1), "到会者当面发言", meeting.Now)), "DL4", RefusalCode.AlreadyCheckedIn);
        AssertRefused(meeting.Try(m => m.SubmitWrittenStatement("stranger", "……", meeting.Now)), "DL4", RefusalCode.NotOnRoster);
        AssertRefused(meeting.Try(m => m.SubmitWrittenStatement(OfficeDirector, "……", meeting.Now)), "DL4", RefusalCode.NoVote);
    }

    [Fact]
    public void DL4_an_empty_statement_or_one_after_the_end_is_refused()
    {
        var meeting = Start(7).CheckInVoting(5);
        AssertRefused(meeting.Try(m => m.SubmitWrittenStatement(Member(6), "   ", meeting.Now)), "DL4", RefusalCode.InvalidInput);
        AssertRefused(meeting.Try(m => m.SubmitWrittenStatement(Member(6), null, meeting.Now)), "DL4", RefusalCode.InvalidInput);
        meeting.Do(m => m.End(Secretary, meeting.Now));
        AssertRefused(meeting.Try(m => m.SubmitWrittenStatement(Member(6), "迟到的发言", meeting.Now)), "DL4", RefusalCode.MeetingEnded);
    }

    [Fact]
    public void DL4_written_statements_belong_to_the_democratic_life_meeting_only()
    {
        var dangzu = new MeetingBuilder(A, 7, Topics[0]).CheckInVoting(5);
        AssertRefused(dangzu.Try(m => m.SubmitWrittenStatement(Member(6), "……", dangzu.Now)), "DL4", RefusalCode.InvalidInput);
    }

    [Fact]
    public void DL4_absentees_are_told_of_the_outcome_once_the_meeting_has_ended()
    {
        // N = 7: 5 came (one left early), member5 absent without leave, member6 on leave with a statement.
        var meeting = Start(7).OnLeave(Member(6)).CheckInVoting(5);
        meeting.Do(m => m.SubmitWrittenStatement(Member(6), "书面发言", meeting.Now));
        meeting.Do(m => m.Leave(Member(4), meeting.Now));
        Assert.Empty(meeting.State.MustBeToldOfOutcome());

        meeting.Do(m => m.End(Secretary, meeting.Now));
        Assert.Equal([Member(5), Member(6)], meeting.State.MustBeToldOfOutcome().Select(p => p.Id));
        Assert.Equal(["杨帆", "赵磊"], meeting.State.MustBeToldOfOutcome().Select(p => p.Name));
    }

    [Fact]
    public void DL4_statements_are_in_the_minutes_and_stay_out_of_the_channel()
    {
        var meeting = Start(5).OnLeave(Member(4)).CheckInVoting(4);
        meeting.Do(m => m.SubmitWrittenStatement(Member(4), "书面对照检查", meeting.Now));
        meeting.Do(m => m.End(Secretary, meeting.Now));

        var minutes = MinutesDraft.Draft(meeting.State);
        Assert.Equal(MeetingKind.DemocraticLifeMeeting, minutes.Kind);
        var statement = Assert.Single(minutes.WrittenStatements);
        Assert.Equal("陈静", statement.Name);
        Assert.Equal("书面对照检查", statement.Text);
        Assert.Equal(["陈静"], minutes.OnLeave!);
        Assert.Equal(4, minutes.Present.Count);
        Assert.Empty(minutes.ForChannel().WrittenStatements);
    }

    [Fact]
    public void DL5_the_secretary_records_rectification_measures_with_owner_and_deadline()
    {
        var meeting = Start(7).CheckInVoting(5);
        var first = Assert.IsType<RectificationRecorded>(meeting.Do(m =>
            m.RecordRectification(Secretary, " 严格落实中央八项规定精神 ", Member(3), new DateOnly(2025, 6, 30), meeting.Now)));
        Assert.Equal("dl5-1", first.MeasureId);
        Assert.Equal("严格落实中央八项规定精神", first.Text);
        Assert.Equal(Member(3), first.OwnerId);
        Assert.Equal(new DateOnly(2025, 6, 30), first.Deadline);
        Assert.Equal(Secretary, first.RecordedById);

        // The day after the meeting is the earliest deadline.
        var second = Assert.IsType<RectificationRecorded>(meeting.Do(m =>
            m.RecordRectification(Secretary, "健全理论学习制度", Secretary, new DateOnly(2025, 3, 15), meeting.Now)));
        Assert.Equal("dl5-2", second.MeasureId);
        Assert.Equal(2, meeting.State.Rectifications.Count);
    }

    [Fact]
    public void DL5_only_the_secretary_or_chair_records_and_the_owner_must_be_a_member()
    {
        var meeting = Start(7).CheckInVoting(5);
        var june = new DateOnly(2025, 6, 30);
        AssertRefused(meeting.Try(m => m.RecordRectification(Member(1), "措施", Member(3), june, meeting.Now)), "DL5", RefusalCode.OnlyChair);
        AssertRefused(meeting.Try(m => m.RecordRectification(Recorder, "措施", Member(3), june, meeting.Now)), "DL5", RefusalCode.OnlyChair);
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "措施", "stranger", june, meeting.Now)), "DL5", RefusalCode.NotOnRoster);
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "措施", OfficeDirector, june, meeting.Now)), "DL5", RefusalCode.NotOnRoster);
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "措施", null, june, meeting.Now)), "DL5", RefusalCode.NotOnRoster);
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "  ", Member(3), june, meeting.Now)), "DL5", RefusalCode.InvalidInput);
    }

    [Fact]
    public void DL5_the_deadline_falls_after_the_meeting()
    {
        var meeting = Start(7).CheckInVoting(5);
        // The meeting is on 14 March 2025.
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "措施", Member(3), new DateOnly(2025, 3, 14), meeting.Now)), "DL5", RefusalCode.InvalidInput);
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "措施", Member(3), new DateOnly(2025, 3, 1), meeting.Now)), "DL5", RefusalCode.InvalidInput);
        meeting.Do(m => m.End(Secretary, meeting.Now));

        // Recorded after the meeting, on 1 April: the deadline must also be after that day.
        var april1 = new DateTimeOffset(2025, 4, 1, 10, 0, 0, TimeSpan.FromHours(8));
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "措施", Member(3), new DateOnly(2025, 3, 20), april1)), "DL5", RefusalCode.InvalidInput);
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "措施", Member(3), new DateOnly(2025, 4, 1), april1)), "DL5", RefusalCode.InvalidInput);
        Assert.IsType<RectificationRecorded>(meeting.Do(m => m.RecordRectification(Secretary, "措施", Member(3), new DateOnly(2025, 4, 2), april1)));
    }

    [Fact]
    public void DL5_measures_are_listed_in_the_minutes_and_closed_by_the_signature()
    {
        var meeting = Start(7).CheckInVoting(5);
        meeting.Do(m => m.RecordRectification(Secretary, "严格落实中央八项规定精神", Member(3), new DateOnly(2025, 6, 30), meeting.Now));
        meeting.Do(m => m.End(Secretary, meeting.Now));
        meeting.Do(m => m.RecordRectification(Secretary, "健全理论学习制度", Member(1), new DateOnly(2025, 12, 31), meeting.Now));
        meeting.Do(m => m.SignMinutes(Secretary, meeting.Now));
        AssertRefused(meeting.Try(m => m.RecordRectification(Secretary, "补充措施", Member(1), new DateOnly(2025, 12, 31), meeting.Now)),
            "DL5", RefusalCode.MinutesAlreadySigned);

        var minutes = MinutesDraft.Draft(meeting.State);
        Assert.Equal(2, minutes.Rectifications.Count);
        Assert.Equal(new("严格落实中央八项规定精神", "刘洋", new DateOnly(2025, 6, 30)), minutes.Rectifications[0]);
        Assert.Equal(new("健全理论学习制度", "李华", new DateOnly(2025, 12, 31)), minutes.Rectifications[1]);
        Assert.Equal(2, minutes.ForChannel().Rectifications.Count);
    }

    [Fact]
    public void DL5_measures_belong_to_the_democratic_life_meeting_only()
    {
        var dangzu = new MeetingBuilder(A, 7, Topics[0]).CheckInVoting(5);
        AssertRefused(dangzu.Try(m => m.RecordRectification(Secretary, "措施", Member(3), new DateOnly(2025, 6, 30), dangzu.Now)),
            "DL5", RefusalCode.InvalidInput);
    }

    [Fact]
    public void MK2_the_new_events_are_stored_and_read_back_and_an_old_start_still_reads()
    {
        var meeting = Start(5, B).OnLeave(Member(4)).CheckInVoting(4);
        meeting.Do(m => m.SubmitWrittenStatement(Member(4), "书面发言", meeting.Now));
        meeting.Do(m => m.RecordRectification(Secretary, "措施", Member(2), new DateOnly(2025, 5, 31), meeting.Now));

        var reread = meeting.Log.Select(e => EventSerializer.Serialize(e)).Select(s => EventSerializer.Deserialize(s.Type, s.Data)).ToList();
        Assert.Equal(meeting.Log, reread, new RecordEquality());
        var state = MeetingState.Fold(reread);
        Assert.Equal(MeetingKind.DemocraticLifeMeeting, state.Kind);
        Assert.Single(state.WrittenStatements);
        Assert.Equal(new DateOnly(2025, 5, 31), Assert.Single(state.Rectifications).Deadline);

        // A MeetingStarted stored before isSeminar existed reads as not a seminar.
        var (type, data) = EventSerializer.Serialize(meeting.Log[0]);
        var old = data.Replace(",\"isSeminar\":false", "");
        Assert.DoesNotContain("isSeminar", old);
        Assert.False(Assert.IsType<MeetingStarted>(EventSerializer.Deserialize(type, old)).IsSeminar);
    }

    /// <summary>Events hold lists, so compare them by their stored form.</summary>
    private sealed class RecordEquality : IEqualityComparer<MeetingEvent>
    {
        public bool Equals(MeetingEvent? x, MeetingEvent? y) =>
            x is not null && y is not null && EventSerializer.Serialize(x) == EventSerializer.Serialize(y);

        public int GetHashCode(MeetingEvent obj) => EventSerializer.Serialize(obj).GetHashCode();
    }

    [Fact]
    public void A_vote_at_a_democratic_life_meeting_needs_two_thirds_present_DL4()
    {
        // 7 members: Q1 would let 4 open a vote, DL4 needs 5 (⌈14/3⌉).
        var four = Start(7).CheckInVoting(4);
        Assert.Equal(new Refusal("DL4", RefusalCode.NoQuorum), four.Try(m => m.OpenVote(Secretary, Topics[0].Id, four.Now)).Refusal);
        var five = Start(7).CheckInVoting(5);
        Assert.False(five.Try(m => m.OpenVote(Secretary, Topics[0].Id, five.Now)).IsRefused);
    }
}
