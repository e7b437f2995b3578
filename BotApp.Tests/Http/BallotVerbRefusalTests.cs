using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// The refusal matrix (<see cref="VerbRefusalMatrix"/>) for ballots: open and secret ballots, reservations, refreshing a ballot card.
/// One of three classes, so that the matrix's rows run in parallel.
/// </summary>
[Trait("Category", "Http")]
[TakesLong(21)]
public sealed class BallotVerbRefusalTests(MatrixMeetings meetings) : VerbRefusalMatrix(meetings)
{
    [Theory]
    [InlineData("V11 the recorder votes", Stage.RulesOpen, "A5", "item=rules", $"{NoVote} [V11]")]
    [InlineData("V11 not in the group", Stage.RulesOpen, "A6", "item=rules", $"{NotOnRoster} [V11]")]
    [InlineData("V1 before the vote opens", Stage.Ready, "A3", "item=rules", NotOpen)]
    [InlineData("Q7 on leave, not present", Stage.RulesOpen, "A4", "item=rules", "你尚未签到，不能表决。 [Q7]")]
    [InlineData("Q7 left the meeting", Stage.RulesOpen, "A3", "item=rules", "[Q7]", "A3 leaveMeeting")]
    [InlineData("Q4 recused", Stage.RulesOpen, "A2", "item=rules", "你已回避该议题，不参加表决。 [Q4]")]
    [InlineData("V11 second ballot", Stage.RulesOpen, "A1", "item=rules choice=no", "你已经投过票，每人只能投一票。 [V11]")]
    [InlineData("V5 the chair before the others", Stage.RulesOpen, "A0", "item=rules", "主持人须在其他成员表决后最后表态。 [V5]")]
    [InlineData("V5 floor closed", Stage.RulesOpen, "A3", "item=rules", "主持人已结束其他成员表决，不能再投票。 [V5]", "A0 closeFloor item=rules")]
    [InlineData("V7 defer on a plain item", Stage.RulesOpen, "A3", "item=rules choice=defer", "无效的表决选项。 [V7]")]
    [InlineData("V7 a candidate on a plain item", Stage.RulesOpen, "A3", "item=rules candidate=c1", "[V7]")]
    [InlineData("V2 forged choice", Stage.RulesOpen, "A3", "item=rules choice=2", "无效的表决选项。 [V2]")]
    [InlineData("V10 closed item", Stage.RulesClosed, "A3", "item=rules", Closed)]
    [InlineData("V1 meeting ended, item never opened", Stage.Ended, "A3", "item=cadres candidate=c1", NotOpen)]
    [InlineData("another team", Stage.RulesOpen, "B0", "item=rules", NotFound)]
    [InlineData("another tenant", Stage.RulesOpen, "C0", "item=rules", NotFound)]
    public Task CastVote(string rule, Stage stage, string actor, string data, string expected, string? first = null) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "castVote", data, expected, first);

    [Theory]
    [InlineData("V11 the recorder votes", Stage.CadresOpen, "A5", "item=cadres candidate=c1", $"{NoVote} [V11]")]
    [InlineData("V1 before the vote opens", Stage.RulesClosed, "A3", "item=cadres candidate=c1", NotOpen)]
    [InlineData("Q7 on leave, not present", Stage.CadresOpen, "A4", "item=cadres candidate=c1", "[Q7]")]
    [InlineData("V11 second secret ballot", Stage.CadresOpen, "A1", "item=cadres candidate=c1 choice=no", "你已经投过票，每人只能投一票。 [V11]")]
    [InlineData("V5 the chair before the others", Stage.CadresOpen, "A0", "item=cadres candidate=c1", "[V5]")]
    [InlineData("V7 no candidate", Stage.CadresOpen, "A3", "item=cadres", "[V7]")]
    [InlineData("V7 unknown candidate", Stage.CadresOpen, "A3", "item=cadres candidate=c9", "[V7]")]
    [InlineData("V7 abstain on a personnel ballot", Stage.CadresOpen, "A3", "item=cadres candidate=c2 choice=abstain", "[V7]")]
    [InlineData("V10 closed item", Stage.CadresClosed, "A3", "item=cadres candidate=c2", Closed)]
    [InlineData("another team", Stage.CadresOpen, "B0", "item=cadres candidate=c1", NotFound)]
    [InlineData("another tenant", Stage.CadresOpen, "C0", "item=cadres candidate=c1", NotFound)]
    public Task CastVoteOnACandidate(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "castVote", data, expected);

    [Theory]
    [InlineData("V9 the recorder has no vote", Stage.RulesClosed, "A5", "item=rules", $"{NoVote} [V9]")]
    [InlineData("V9 not in the group", Stage.RulesClosed, "A6", "item=rules", $"{NotOnRoster} [V9]")]
    [InlineData("V9 on the winning side", Stage.RulesClosed, "A3", "item=rules", "[V9]")]
    [InlineData("V9 recused from the item", Stage.RulesClosed, "A2", "item=rules", "[V9]")]
    [InlineData("V9 on leave", Stage.RulesClosed, "A4", "item=rules", "[V9]")]
    [InlineData("V9 before the vote opens", Stage.Ready, "A1", "item=rules", "还有议题正在表决，请先结束表决。 [V9]")]
    [InlineData("V9 while the vote is open", Stage.RulesOpen, "A1", "item=rules", "[V9]")]
    [InlineData("V9 second reservation", Stage.RulesClosed, "A1", "item=rules", "你已经提交过。 [V9]", "A1 declareReservation item=rules")]
    [InlineData("V9 empty text", Stage.RulesClosed, "A1", "item=rules text=", "[V9]")]
    [InlineData("MK1 meeting ended", Stage.Ended, "A1", "item=rules", Ended)]
    [InlineData("MK1 minutes signed", Stage.Signed, "A1", "item=rules", Ended)]
    [InlineData("another team", Stage.RulesClosed, "B1", "item=rules", NotFound)]
    [InlineData("another tenant", Stage.RulesClosed, "C1", "item=rules", NotFound)]
    public Task DeclareReservation(string rule, Stage stage, string actor, string data, string expected, string? first = null) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "declareReservation", data, expected, first);

    [Theory]
    [InlineData("MK1 no such item", Stage.RulesOpen, "A1", "item=99", NotFound)]
    [InlineData("another team", Stage.RulesOpen, "B0", "item=rules", NotFound)]
    [InlineData("another tenant", Stage.RulesOpen, "C0", "item=rules", NotFound)]
    [InlineData("another team, secret ballot", Stage.CadresOpen, "B0", "item=cadres", NotFound)]
    public Task RefreshBallot(string rule, Stage stage, string actor, string data, string expected) =>
        RefusedAndUnchangedAsync(rule, stage, actor, "refreshBallot", data, expected);
}
