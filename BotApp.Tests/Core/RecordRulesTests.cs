using PartyGroupBot.Core;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Core.Rules;
using Xunit;
using static PartyGroupBot.Tests.Core.MeetingBuilder;
using MeetingMinutes = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.Core;

/// <summary>The record: recorder's notes (MN1), corrections appended to the draft (MN3), access to the full record (MN2),
/// the briefing of absent members (MN5) that never carries a confidential item or a named ballot (MN6, AG6).</summary>
[Trait("Category", "Core")]
public class RecordRulesTests
{
    private static AgendaItem Budget => new("budget", "审议2025年度部门预算", VotingMethod.Recorded, ItemCategory.Finance);
    private static AgendaItem Cadre => new("cadre", "研究涉密人事安排", VotingMethod.Recorded, ItemCategory.Policy) { Confidential = true };

    /// <summary>5 voting members, member4 (陈静) absent without leave; the recorder attends.</summary>
    private static MeetingBuilder InProgress()
    {
        var meeting = new MeetingBuilder(A, 5, Budget, Cadre);
        meeting.CheckIn(Secretary, Recorder, Member(1), Member(2), Member(3));
        return meeting;
    }

    private static MeetingBuilder Held()
    {
        var meeting = InProgress();
        meeting.Do(m => m.RecordNote(Recorder, "budget", "李华：建议压减会议费。", meeting.Now));
        meeting.Open("budget").Vote("budget", Member(1), VoteChoice.Yes).Vote("budget", Member(2), VoteChoice.No)
            .Vote("budget", Member(3), VoteChoice.Yes).Vote("budget", Secretary, VoteChoice.Yes);
        meeting.Close("budget");
        meeting.Open("cadre").Vote("cadre", Member(1), VoteChoice.Yes).Vote("cadre", Member(2), VoteChoice.Yes)
            .Vote("cadre", Member(3), VoteChoice.No).Vote("cadre", Secretary, VoteChoice.Yes);
        meeting.Close("cadre");
        return meeting.End();
    }

    [Fact]
    public void MN1_the_recorder_and_the_chair_record_notes_per_item_with_author_and_time()
    {
        var meeting = InProgress();
        meeting.Do(m => m.RecordNote(Recorder, "budget", "李华：建议压减会议费。", At(9, 30)));
        meeting.Do(m => m.RecordNote(Secretary, "budget", "主持人小结：原则同意。", At(9, 40)));
        var notes = MeetingMinutes.Draft(meeting.State).Items.Single(i => i.Title == Budget.Title).Notes;
        Assert.Equal([new RecordedNote("冯雪", At(9, 30), "李华：建议压减会议费。"), new RecordedNote("王建国", At(9, 40), "主持人小结：原则同意。")], notes);
        Assert.Empty(MeetingMinutes.Draft(meeting.State).Items.Single(i => i.Title == Cadre.Title).Notes);
    }

    [Fact]
    public void MN1_only_the_recorder_or_the_chair_records_and_only_on_an_item_of_a_meeting_in_progress()
    {
        var meeting = InProgress();
        AssertRefused(meeting.Try(m => m.RecordNote(Member(1), "budget", "我的发言", meeting.Now)), "MN1", RefusalCode.OnlyChair);
        AssertRefused(meeting.Try(m => m.RecordNote(OfficeDirector, "budget", "笔记", meeting.Now)), "MN1", RefusalCode.OnlyChair);
        AssertRefused(meeting.Try(m => m.RecordNote(Recorder, "nope", "笔记", meeting.Now)), "MN1", RefusalCode.ItemNotFound);
        AssertRefused(meeting.Try(m => m.RecordNote(Recorder, "budget", "  ", meeting.Now)), "MN1", RefusalCode.InvalidInput);
        meeting.End();
        AssertRefused(meeting.Try(m => m.RecordNote(Recorder, "budget", "补记", meeting.Now)), "MN1", RefusalCode.MeetingEnded);
    }

    [Fact]
    public void MN3_corrections_are_appended_events_shown_in_the_next_draft_and_the_record_is_unchanged()
    {
        var meeting = Held();
        var before = meeting.Log.Count;
        var draft = MeetingMinutes.Draft(meeting.State);
        meeting.Do(m => m.CorrectMinutes(Secretary, "第一项应写明预算总额。", meeting.Now));
        Assert.Equal(before + 1, meeting.Log.Count);
        Assert.IsType<MinutesCorrected>(meeting.Log[^1]);
        var next = MeetingMinutes.Draft(meeting.State);
        Assert.Equal("第一项应写明预算总额。", Assert.Single(next.Corrections).Text);
        Assert.Equal("王建国", next.Corrections[0].Author);
        // Everything else in the draft is as before: nothing edited in place (MN1).
        Assert.Equal(draft.Items.Select(i => (i.Title, i.Tally)), next.Items.Select(i => (i.Title, i.Tally)));
        meeting.Do(m => m.SignMinutes(Secretary, meeting.Now));
        Assert.True(MeetingMinutes.Draft(meeting.State).IsSigned);
    }

    [Fact]
    public void MN3_only_the_secretary_corrects_after_the_meeting_and_before_signing()
    {
        var meeting = InProgress();
        AssertRefused(meeting.Try(m => m.CorrectMinutes(Secretary, "改", meeting.Now)), "MN3", RefusalCode.MeetingNotEnded);
        meeting.End();
        AssertRefused(meeting.Try(m => m.CorrectMinutes(Member(1), "改", meeting.Now)), "MN3", RefusalCode.OnlySecretarySigns);
        AssertRefused(meeting.Try(m => m.CorrectMinutes(Secretary, "", meeting.Now)), "MN3", RefusalCode.InvalidInput);
        meeting.Do(m => m.SignMinutes(Secretary, meeting.Now));
        AssertRefused(meeting.Try(m => m.CorrectMinutes(Secretary, "改", meeting.Now)), "MN3", RefusalCode.MinutesAlreadySigned);
    }

    [Fact]
    public void MN2_request_approval_by_the_secretary_or_deputy_and_each_read_are_appended_events()
    {
        var meeting = Held();
        AssertRefused(meeting.Try(m => m.ReadRecord(Member(3), meeting.Now)), "MN2", RefusalCode.InvalidInput);
        AssertRefused(meeting.Try(m => m.ApproveRecordAccess(Secretary, Member(3), meeting.Now)), "MN2", RefusalCode.InvalidInput);
        meeting.Do(m => m.RequestRecord(Member(3), "核对本人发言", meeting.Now));
        AssertRefused(meeting.Try(m => m.RequestRecord(Member(3), "再次申请", meeting.Now)), "MN2", RefusalCode.AlreadyStated);
        AssertRefused(meeting.Try(m => m.ReadRecord(Member(3), meeting.Now)), "MN2", RefusalCode.InvalidInput);
        // Only the secretary or the leader in charge (deputy secretary) approves; a member, the party-building lead or the recorder cannot.
        foreach (var who in new[] { Member(2), Member(3), Recorder, OfficeDirector })
            AssertRefused(meeting.Try(m => m.ApproveRecordAccess(who, Member(3), meeting.Now)), "MN2", RefusalCode.OnlySecretarySigns);
        meeting.Do(m => m.ApproveRecordAccess(Member(1), Member(3), meeting.Now));
        AssertRefused(meeting.Try(m => m.ApproveRecordAccess(Secretary, Member(3), meeting.Now)), "MN2", RefusalCode.AlreadyStated);
        meeting.Do(m => m.ReadRecord(Member(3), meeting.Now));
        AssertRefused(meeting.Try(m => m.ReadRecord(Member(3), meeting.Now)), "MN2", RefusalCode.InvalidInput);
        var state = meeting.State;
        Assert.Equal(("核对本人发言", Member(3)), (state.RecordAccessRequests.Single().Reason, state.RecordAccessRequests.Single().MemberId));
        Assert.Equal(Member(1), state.RecordAccessApprovals.Single().ApproverId);
        Assert.Equal(Member(3), state.RecordReads.Single().MemberId);
    }

    [Fact]
    public void MN2_only_roster_members_ask_and_only_after_the_meeting()
    {
        var meeting = InProgress();
        AssertRefused(meeting.Try(m => m.RequestRecord(Member(1), "核对", meeting.Now)), "MN2", RefusalCode.MeetingNotEnded);
        meeting.End();
        AssertRefused(meeting.Try(m => m.RequestRecord("stranger", "好奇", meeting.Now)), "MN2", RefusalCode.NotOnRoster);
        AssertRefused(meeting.Try(m => m.RequestRecord(Member(1), " ", meeting.Now)), "MN2", RefusalCode.InvalidInput);
    }

    [Fact]
    public void MN5_MN6_the_briefing_holds_titles_and_outcomes_only_never_a_confidential_item_a_name_or_a_note()
    {
        var meeting = Held();
        meeting.Do(m => m.SignMinutes(Secretary, meeting.Now));
        var minutes = MeetingMinutes.Draft(meeting.State);
        var briefing = Briefing.From(minutes);
        var decision = Assert.Single(briefing.Decisions);
        Assert.Equal((Budget.Title, (VoteOutcome?)VoteOutcome.Passed), (decision.Title, decision.Outcome));
        Assert.DoesNotContain(briefing.Decisions, d => d.Title == Cadre.Title);
        var everything = System.Text.Json.JsonSerializer.Serialize(briefing);
        foreach (var secret in new[] { Cadre.Title, "李华", "张敏", "刘洋", "王建国", "压减会议费" })
            Assert.DoesNotContain(System.Text.Json.JsonSerializer.Serialize(secret).Trim('"'), everything);
        Assert.Throws<InvalidOperationException>(() => Briefing.From(MeetingMinutes.Draft(Held().State)));
    }

    [Fact]
    public void MN6_channel_minutes_carry_no_recorder_notes()
    {
        var meeting = Held();
        Assert.NotEmpty(MeetingMinutes.Draft(meeting.State).Items[0].Notes);
        Assert.All(MeetingMinutes.Draft(meeting.State).ForChannel().Items, i => Assert.Empty(i.Notes));
    }
}
