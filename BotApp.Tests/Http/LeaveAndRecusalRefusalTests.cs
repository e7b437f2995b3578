using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// The refusal matrix (<see cref="VerbRefusalMatrix"/>) for absence and recusal: leave asked, approved and refused, written opinions, recusal, leaving the meeting.
/// One of three classes, so that the matrix's rows run in parallel.
/// </summary>
[Trait("Category", "Http")]
[TakesLong(19)]
public sealed class LeaveAndRecusalRefusalTests(MatrixMeetings meetings) : VerbRefusalMatrix(meetings)
{
    [Theory]
    [InlineData("Q3 the recorder has no vote", Stage.Started, "A5", "", $"{NoVote} [Q3]")]
    [InlineData("Q3 not in the group", Stage.Started, "A6", "", $"{NotOnRoster} [Q3]")]
    [InlineData("Q3 the roll call is posted", Stage.Started, "A3", "", TooLate)]
    [InlineData("Q3 asked again once the roll call is posted", Stage.Started, "A4", "", TooLate)]
    [InlineData("Q3 already checked in", Stage.Ready, "A3", "", TooLate)]
    [InlineData("Q3 voting has begun", Stage.RulesOpen, "A4", "", TooLate)]
    [InlineData("MK1 meeting ended", Stage.Ended, "A4", "", Ended)]
    [InlineData("another team", Stage.Started, "B2", "", NotFound)]
    [InlineData("another tenant", Stage.Started, "C2", "", NotFound)]
    public Task RequestLeave(string rule, Stage stage, string actor, string data, string expected, string? first = null) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "requestLeave", data, expected, first);

    [Theory]
    [InlineData("Q3 the deputy approves", Stage.Started, "A1 privately", "member=A4", $"{OnlyChair} [Q3]")]
    [InlineData("Q3 the member approves their own", Stage.Started, "A4 privately", "member=A4", $"{OnlyChair} [Q3]")]
    [InlineData("Q3 no request", Stage.Ready, "A0 privately", "member=A3", "该成员没有提交请假。 [Q3]")]
    [InlineData("Q3 approved twice", Stage.Ready, "A0 privately", "member=A4", "[Q3]")]
    [InlineData("MK1 meeting ended", Stage.Ended, "A0 privately", "member=A4", Ended)]
    [InlineData("Q3 another team's secretary with this team's card", Stage.Started, "B0 privately", "member=A4", $"{OnlyChair} [Q3]")]
    [InlineData("another team", Stage.Started, "B0", "member=A4", NotFound)]
    [InlineData("another tenant", Stage.Started, "C0 privately", "member=A4", NotFound)]
    public Task ApproveLeave(string rule, Stage stage, string actor, string data, string expected, string? first = null) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "approveLeave", data, expected, first);

    [Theory]
    [InlineData("Q3 the deputy refuses", Stage.Started, "A1 privately", "member=A4", $"{OnlyChair} [Q3]")]
    [InlineData("Q3 the member refuses their own", Stage.Started, "A4 privately", "member=A4", $"{OnlyChair} [Q3]")]
    [InlineData("Q3 no reason", Stage.Started, "A0 privately", "member=A4 reason=", "请填写理由（请假事由或不予批准的理由）。 [Q3]")]
    [InlineData("Q3 no request", Stage.Ready, "A0 privately", "member=A3", "该成员没有提交请假。 [Q3]")]
    [InlineData("Q3 already approved", Stage.Ready, "A0 privately", "member=A4", "[Q3]")]
    [InlineData("MK1 meeting ended", Stage.Ended, "A0 privately", "member=A4", Ended)]
    [InlineData("another team", Stage.Started, "B0", "member=A4", NotFound)]
    [InlineData("another tenant", Stage.Started, "C0 privately", "member=A4", NotFound)]
    public Task RefuseLeave(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "refuseLeave", data, expected);

    [Theory]
    [InlineData("V4 present, not on leave", Stage.Ready, "A3 privately", "item=cadres", "只有经批准请假的成员可以提交书面意见。 [V4]")]
    [InlineData("V4 the recorder", Stage.Ready, "A5 privately", "item=cadres", "[V4]")]
    [InlineData("V4 leave not yet approved", Stage.Started, "A4 privately", "item=cadres", "[V4]")]
    [InlineData("V4 came after all", Stage.Ready, "A4 privately", "item=cadres", "[V4]", "A4 checkIn")]
    [InlineData("V4 second opinion", Stage.Ready, "A4 privately", "item=cadres", "你已经提交过。 [V4]", "A4 privately submitOpinion item=cadres")]
    [InlineData("V4 empty opinion", Stage.Ready, "A4 privately", "item=cadres opinion=", "[V4]")]
    [InlineData("V10 closed item", Stage.RulesClosed, "A4 privately", "item=rules", Closed)]
    [InlineData("MK1 meeting ended", Stage.Ended, "A4 privately", "item=cadres", Ended)]
    [InlineData("V4 another team's member with this team's card", Stage.Ready, "B4 privately", "item=cadres", "[V4]")]
    [InlineData("another team", Stage.Ready, "B4", "item=cadres", NotFound)]
    [InlineData("another tenant", Stage.Ready, "C4 privately", "item=cadres", NotFound)]
    public Task SubmitOpinion(string rule, Stage stage, string actor, string data, string expected, string? first = null) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "submitOpinion", data, expected, first);

    [Theory]
    [InlineData("Q4 the recorder has no vote", Stage.Ready, "A5", "item=cadres", $"{NoVote} [Q4]")]
    [InlineData("Q4 not in the group", Stage.Ready, "A6", "item=cadres", $"{NotOnRoster} [Q4]")]
    [InlineData("Q4 after the vote opened", Stage.RulesOpen, "A3", "item=rules", "该议题已开始表决，回避须在表决前提出。 [Q4]")]
    [InlineData("Q4 recused twice", Stage.Ready, "A2", "item=rules", "已经回避该议题。 [Q4]")]
    [InlineData("V6 no such item", Stage.Ready, "A3", "item=99", "找不到这个议题。 [V6]")]
    [InlineData("V10 closed item", Stage.RulesClosed, "A3", "item=rules", Closed)]
    [InlineData("MK1 meeting ended", Stage.Ended, "A3", "item=cadres", Ended)]
    [InlineData("another team", Stage.Ready, "B3", "item=cadres", NotFound)]
    [InlineData("another tenant", Stage.Ready, "C3", "item=cadres", NotFound)]
    public Task Recuse(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "recuse", data, expected);

    [Theory]
    [InlineData("Q4 a member rules for another", Stage.Ready, "A1", "item=cadres member=A3", $"{OnlyChair} [Q4]")]
    [InlineData("Q4 the recorder has no vote", Stage.Ready, "A0", "item=cadres member=A5", $"{NoVote} [Q4]")]
    [InlineData("Q4 someone not in the group", Stage.Ready, "A0", "item=cadres member=A6", $"{NotOnRoster} [Q4]")]
    [InlineData("Q4 after the vote opened", Stage.RulesOpen, "A0", "item=rules member=A3", "该议题已开始表决，回避须在表决前提出。 [Q4]")]
    [InlineData("Q4 ruled twice", Stage.Ready, "A0", "item=rules member=A2", "已经回避该议题。 [Q4]")]
    [InlineData("V10 closed item", Stage.RulesClosed, "A0", "item=rules member=A3", Closed)]
    [InlineData("MK1 meeting ended", Stage.Ended, "A0", "item=cadres member=A3", Ended)]
    [InlineData("another team", Stage.Ready, "B0", "item=cadres member=A3", NotFound)]
    [InlineData("another tenant", Stage.Ready, "C0", "item=cadres member=A3", NotFound)]
    public Task RuleRecusal(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "ruleRecusal", data, expected);

    [Theory]
    [InlineData("Q7 not checked in", Stage.Started, "A0", "", "[Q7]")]
    [InlineData("Q7 not in the group", Stage.Ready, "A6", "", $"{NotOnRoster} [Q7]")]
    [InlineData("Q7 left twice", Stage.Ready, "A3", "", "[Q7]", "A3 leaveMeeting")]
    [InlineData("MK1 meeting ended", Stage.Ended, "A3", "", Ended)]
    [InlineData("another team", Stage.Ready, "B0", "", NotFound)]
    [InlineData("another tenant", Stage.Ready, "C0", "", NotFound)]
    public Task LeaveMeeting(string rule, Stage stage, string actor, string data, string expected, string? first = null) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "leaveMeeting", data, expected, first);

    /// <summary>The one accepted path here: a request still waiting when the roll call was posted is decided at the meeting.</summary>
    [Fact]
    public async Task Leave_still_waiting_when_the_meeting_opened_is_refused_there_and_the_member_told_privately_to_check_in_Q3()
    {
        var meeting = await Meetings.AtAsync(Stage.Started, own: true);
        Meetings.Connector.Clear();
        var answer = (await meeting.ClickAsync("A0 privately refuseLeave member=A4")).AllText();
        Assert.Contains("未批准", answer);
        Assert.Contains("请按时参会", answer);
        var told = Assert.Single(Meetings.Connector.Requests,
            r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{meeting.A[4].Mri}/")).Card!.AllText();
        Assert.Contains("你的请假未获批准，理由：请按时参会。请到会签到 [Q3]", told);
        // Decided once: a second decision is refused, and the roll call (not the notice) is now where A4 comes in.
        Assert.Contains("[Q3]", (await meeting.ClickAsync("A0 privately approveLeave member=A4")).AllText());
        Assert.Contains("实到", (await meeting.ClickAsync("A4 checkIn")).AllText());
    }
}
