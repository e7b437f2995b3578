using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// The refusal matrix (<see cref="VerbRefusalMatrix"/>) for the chair's and the secretary's verbs: check-in, opening, closing the floor and the vote, ending, signing.
/// One of three classes, so that the matrix's rows run in parallel.
/// </summary>
[Trait("Category", "Http")]
[TakesLong(21)]
public sealed class VerbRefusalTests(MatrixMeetings meetings) : VerbRefusalMatrix(meetings)
{
    [Theory]
    [InlineData("Q1 not in the group", Stage.Started, "A6", "", "你不在本党组名单中。 [Q1]")]
    [InlineData("Q7 second check-in", Stage.Ready, "A0", "", "你已经签到。 [Q7]")]
    [InlineData("MK1 meeting ended", Stage.Ended, "A4", "", Ended)]
    [InlineData("another team", Stage.Started, "B0", "", NotFound)]
    [InlineData("another tenant", Stage.Started, "C0", "", NotFound)]
    public Task CheckIn(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "checkIn", data, expected);

    [Theory]
    [InlineData("MK1 a member opens", Stage.Ready, "A1", "item=rules", $"{OnlyChair} [MK1]")]
    [InlineData("MK1 the recorder opens", Stage.Ready, "A5", "item=rules", $"{OnlyChair} [MK1]")]
    [InlineData("MK1 the chair has not checked in", Stage.Started, "A0", "item=rules", "主持人尚未签到，请先签到再主持。 [MK1]")]
    [InlineData("Q1 no quorum", Stage.Started, "A0", "item=rules", "到会人数不足应到会人数的一半，不能表决。 [Q1]", "A0 checkIn")]
    [InlineData("Q2 personnel needs two thirds", Stage.Started, "A0", "item=cadres", "[Q2]", "A0 checkIn")]
    [InlineData("V6 another item open", Stage.RulesOpen, "A0", "item=cadres", "已有议题正在表决，须逐项表决。 [V6]")]
    [InlineData("V6 opened twice", Stage.RulesOpen, "A0", "item=rules", "[V6]")]
    [InlineData("V6 no such item", Stage.Ready, "A0", "item=99", "找不到这个议题。 [V6]")]
    [InlineData("V10 closed item", Stage.RulesClosed, "A0", "item=rules", Closed)]
    [InlineData("MK1 meeting ended", Stage.Ended, "A0", "item=cadres", Ended)]
    [InlineData("another team", Stage.Ready, "B0", "item=rules", NotFound)]
    [InlineData("another tenant", Stage.Ready, "C0", "item=rules", NotFound)]
    public Task OpenVote(string rule, Stage stage, string actor, string data, string expected, string? first = null) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "openVote", data, expected, first);

    [Theory]
    [InlineData("V5 a member closes the floor", Stage.RulesOpen, "A1", "item=rules", $"{OnlyChair} [V5]")]
    [InlineData("V1 before the vote opens", Stage.Ready, "A0", "item=rules", NotOpen)]
    [InlineData("V5 second close", Stage.RulesOpen, "A0", "item=rules", "主持人已结束其他成员表决，不能再投票。 [V5]", "A0 closeFloor item=rules")]
    [InlineData("V10 closed item", Stage.RulesClosed, "A0", "item=rules", Closed)]
    [InlineData("V1 meeting ended, item never opened", Stage.Ended, "A0", "item=cadres", NotOpen)]
    [InlineData("another team", Stage.RulesOpen, "B0", "item=rules", NotFound)]
    [InlineData("another tenant", Stage.RulesOpen, "C0", "item=rules", NotFound)]
    public Task CloseFloor(string rule, Stage stage, string actor, string data, string expected, string? first = null) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "closeFloor", data, expected, first);

    [Theory]
    [InlineData("MK1 a member closes", Stage.RulesOpen, "A1", "item=rules", $"{OnlyChair} [MK1]")]
    [InlineData("MK1 a member closes a secret vote", Stage.CadresOpen, "A1", "item=cadres", $"{OnlyChair} [MK1]")]
    [InlineData("V1 before the vote opens", Stage.Ready, "A0", "item=rules", NotOpen)]
    [InlineData("V10 second close", Stage.RulesClosed, "A0", "item=rules", Closed)]
    [InlineData("V10 second close of a secret vote", Stage.CadresClosed, "A0", "item=cadres", Closed)]
    [InlineData("V1 meeting ended, item never opened", Stage.Ended, "A0", "item=cadres", NotOpen)]
    [InlineData("another team", Stage.RulesOpen, "B0", "item=rules", NotFound)]
    [InlineData("another tenant", Stage.RulesOpen, "C0", "item=rules", NotFound)]
    public Task CloseVote(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "closeVote", data, expected);

    [Theory]
    [InlineData("MK1 a member ends", Stage.Ready, "A1", "", $"{OnlyChair} [MK1]")]
    [InlineData("V6 a vote is open", Stage.RulesOpen, "A0", "", "还有议题正在表决，请先结束表决。 [V6]")]
    [InlineData("MK1 ended twice", Stage.Ended, "A0", "", Ended)]
    [InlineData("another team", Stage.Ready, "B0", "", NotFound)]
    [InlineData("another tenant", Stage.Ready, "C0", "", NotFound)]
    public Task EndMeeting(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "endMeeting", data, expected);

    [Theory]
    [InlineData("MN3 the deputy signs", Stage.Ended, "A1 privately", "", "纪要只能由党组书记签发。 [MN3]")]
    [InlineData("MN3 the recorder signs", Stage.Ended, "A5 privately", "", "纪要只能由党组书记签发。 [MN3]")]
    [InlineData("MN3 before the meeting ends", Stage.Ready, "A0 privately", "", "会议尚未结束。 [MN3]")]
    [InlineData("MN3 signed twice", Stage.Signed, "A0 privately", "", "纪要已经签发。 [MN3]")]
    [InlineData("MN3 another team's secretary with this team's card", Stage.Ended, "B0 privately", "", "纪要只能由党组书记签发。 [MN3]")]
    [InlineData("another team", Stage.Ended, "B0", "", NotFound)]
    [InlineData("another tenant", Stage.Ended, "C0 privately", "", NotFound)]
    [InlineData("a private chat without the team", Stage.Ended, "A0 privately", "teamId=", "请在党组团队的频道中使用。")]
    public Task SignMinutes(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "signMinutes", data, expected);
}
