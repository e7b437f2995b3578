using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// Issue 4, "every verb has a test for its refusal paths": for each meeting verb a row per refusal path (wrong role, wrong
/// meeting state, closed item, second ballot or statement, someone else's meeting in the same tenant or in another
/// tenant). Each row drives team A's meeting to a <see cref="Stage"/>, clicks as one person, expects the refusal text
/// (the rule ID in brackets, or the plain set-up message) and checks that the click changed nothing: the record's hash
/// chain, both ballots as the chair sees them, and no message sent.
/// </summary>
/// <remarks>
/// People: A0 secretary and chair, A1 deputy, A2–A4 members, A5 recorder, A6 in the team but not in the group (GroupSetup).
/// B is another team of the same tenant; C is another tenant whose team has the same team id as A. B0 and C0 are their
/// secretaries. "A1 privately" clicks in a personal chat, where the card carries team A's <c>teamId</c>.
/// Data is "key=value" pairs; <c>item=rules</c> / <c>item=cadres</c> name team A's two items, <c>member=A4</c> a person.
/// </remarks>
[Trait("Category", "Http")]
public sealed class VerbRefusalTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    /// <summary>Each stage includes the ones before it, except that Ended follows RulesClosed (no vote may be open).</summary>
    public enum Stage
    {
        /// <summary>Scheduled (profile B) with 修订机关考勤制度 (policy, recorded) and 推荐副科级干部人选 (personnel, secret, 赵强 c1 / 钱敏 c2),
        /// A4's leave asked from the notice and still waiting (Q3), and started.</summary>
        Started,
        /// <summary>A4 on approved leave; A0–A3 and the recorder checked in; A2 recused from rules.</summary>
        Ready,
        /// <summary>Rules' vote open; A1 has voted yes.</summary>
        RulesOpen,
        /// <summary>A3 no, A0 yes; rules closed: 2 yes of 4 fails, so A0 and A1 are on the losing side (V9).</summary>
        RulesClosed,
        /// <summary>Cadres' vote open; A1 has cast a secret ballot on c1.</summary>
        CadresOpen,
        /// <summary>Everyone has voted on both candidates, the chair last; cadres closed.</summary>
        CadresClosed,
        /// <summary>From RulesClosed: the chair ended the meeting (cadres never opened).</summary>
        Ended,
        /// <summary>The secretary signed the minutes.</summary>
        Signed,
    }

    private const string NotFound = "在本团队找不到这次会议。 [MK1]";
    private const string Ended = "会议已经结束。 [MK1]";
    private const string OnlyChair = "只有会议主持人可以这样做。";
    private const string NoVote = "你的角色没有表决权。";
    private const string NotOnRoster = "你不在本党组名单中。";
    private const string NotOpen = "这个议题尚未开始表决。 [V1]";
    private const string Closed = "这个议题的表决已经结束，结果不可更改。 [V10]";
    private const string RulesTitle = "修订机关考勤制度";
    private const string CadreTitle = "推荐副科级干部人选";
    private const string TooLate = "会议已开始（签到已发布），不能再请假；请假须在会前从会议通知提出。到会后需提前离开的，请点签到卡上的“离开会议”。 [Q3]";

    private readonly TeamsWorld _a = GroupSetup.World("verbs");
    private TeamsWorld B => _b ??= TeamsWorld.Create("verbs-b", GroupSetup.Roles.Length) with { TenantId = _a.TenantId };
    private TeamsWorld C => _c ??= TeamsWorld.Create("verbs-c", GroupSetup.Roles.Length) with { TeamId = _a.TeamId, ChannelId = _a.ChannelId };
    private TeamsWorld? _b, _c;

    protected override IEnumerable<string> Administrators => [_a[0].AadObjectId, B[0].AadObjectId, C[0].AadObjectId];

    private TeamsClient _teams = null!;
    private string _meetingId = "", _rules = "", _cadres = "";

    // ---- the matrix, one theory per verb ----

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

    // ---- the harness ----

    private async Task RefusedAndUnchangedAsync(string rule, Stage stage, string actor, string verb, string data, string expected, string? first = null)
    {
        Assert.False(string.IsNullOrEmpty(rule));
        await MeetingAtAsync(stage);
        if (first is not null)
        {
            var (firstActor, firstVerb, firstData) = ParseClick(first);
            var accepted = await ClickAsync(firstActor, firstVerb, firstData);
            Assert.DoesNotContain(expected, accepted.AllText());
        }
        var before = await SnapshotAsync();

        Connector.Clear();
        var answer = (await ClickAsync(actor, verb, data)).AllText();
        Assert.Contains(expected, answer);
        Assert.DoesNotContain(Connector.Requests, r => r.Method is "POST" or "PUT");
        if (!actor.StartsWith('A'))
            foreach (var title in new[] { RulesTitle, CadreTitle }) Assert.DoesNotContain(title, answer);

        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>What changes when anything is recorded: the hash chain of the log, and each ballot as the chair sees it (a secret box is not in the log).</summary>
    private async Task<string> SnapshotAsync()
    {
        Connector.Clear();
        await _teams.SayAsync(_a[0], "核验记录");
        var record = Connector.Requests.Single(r => r.Card is not null).Card!.AllText();
        Assert.Contains("记录完整", record);
        var rules = (await _teams.ClickAsync(_a[0], "refreshBallot", new { meetingId = _meetingId, itemId = _rules })).AllText();
        var cadres = (await _teams.ClickAsync(_a[0], "refreshBallot", new { meetingId = _meetingId, itemId = _cadres })).AllText();
        return string.Join("\n---\n", record, rules, cadres);
    }

    private async Task MeetingAtAsync(Stage stage)
    {
        foreach (var world in new[] { B, C })
        {
            Connector.Roster = world.People;
            await GroupSetup.SetUpAsync(ClientFor(world), world);
        }
        Connector.Roster = _a.People;
        _teams = ClientFor(_a);
        await GroupSetup.SetUpAsync(_teams, _a, "changji-transport-2020");
        await _teams.SayAsync(_a[0], "help");

        _rules = await ProposeAndApproveAsync(new { title = RulesTitle, category = "policy", method = "recorded" });
        _cadres = await ProposeAndApproveAsync(new { title = CadreTitle, category = "appointment", method = "secret", candidates = "赵强\n钱敏" });
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        Assert.Contains("会议已安排", (await _teams.ClickAsync(_a[0], "scheduleMeeting",
            new { date = today, time = "15:00", place = "三楼会议室", itemIds = $"{_rules},{_cadres}" })).AllText());
        Connector.Clear();
        await _teams.SayAsync(_a[0], "开始会议");
        _meetingId = (string)Connector.Requests.Single(r => r.Card is not null).Card!
            .Action("startMeeting", a => a["data"]!["meetingId"] is not null)["data"]!["meetingId"]!;
        // Q3: A4 asks leave from the notice before the meeting opens; it is approved before then from Ready on.
        await Accepted("A4 privately requestLeave", "等待");
        if (stage >= Stage.Ready) await Accepted("A0 privately approveLeave member=A4", "已批准");
        Assert.Contains("实到 0 人", (await _teams.ClickAsync(_a[0], "startMeeting", new { meetingId = _meetingId })).AllText());

        if (stage >= Stage.Ready)
        {
            foreach (var p in new[] { "A0", "A1", "A2", "A3", "A5" }) await Accepted($"{p} checkIn", "实到");
            await Accepted("A2 recuse item=rules", "[Q4]");
        }
        if (stage >= Stage.RulesOpen)
        {
            await Accepted("A0 openVote item=rules", "表决中");
            await Accepted("A1 castVote item=rules choice=yes", "已投票");
        }
        if (stage >= Stage.RulesClosed)
        {
            await Accepted("A3 castVote item=rules choice=no", "已投票");
            await Accepted("A0 castVote item=rules choice=yes", "已投票");
            await Accepted("A0 closeVote item=rules", "未通过");
        }
        if (stage is Stage.CadresOpen or Stage.CadresClosed)
        {
            await Accepted("A0 openVote item=cadres", "表决中");
            await Accepted("A1 castVote item=cadres candidate=c1 choice=yes", "已投票");
        }
        if (stage is Stage.CadresClosed)
        {
            await Accepted("A1 castVote item=cadres candidate=c2 choice=no", "已投票");
            foreach (var p in new[] { "A2", "A3", "A0" })
            foreach (var c in new[] { "c1", "c2" })
                await Accepted($"{p} castVote item=cadres candidate={c} choice=yes", "已投票");
            await Accepted("A0 closeVote item=cadres", "候选人");
        }
        if (stage >= Stage.Ended) await Accepted("A0 endMeeting", "纪要草稿已发送");
        if (stage >= Stage.Signed) await Accepted("A0 privately signMinutes", "签发人");
    }

    private async Task Accepted(string click, string expected)
    {
        var (actor, verb, data) = ParseClick(click);
        Assert.Contains(expected, (await ClickAsync(actor, verb, data)).AllText());
    }

    /// <summary>"A4 privately submitOpinion item=cadres": who, where, the verb and its data.</summary>
    private static (string Actor, string Verb, string Data) ParseClick(string click)
    {
        var words = click.Split(' ', 2);
        var privately = words[1].StartsWith("privately ");
        var rest = (privately ? words[1]["privately ".Length..] : words[1]).Split(' ', 2);
        return (privately ? words[0] + " privately" : words[0], rest[0], rest.Length > 1 ? rest[1] : "");
    }

    /// <summary>Clicks as "A1", "B0" or "C4 privately", with team A's meeting id and the row's data over each verb's usual data.</summary>
    private Task<JObject> ClickAsync(string actor, string verb, string data)
    {
        var privately = actor.EndsWith(" privately");
        var world = actor[0] switch { 'A' => _a, 'B' => B, 'C' => C, _ => throw new ArgumentException(actor) };
        var person = world[actor[1] - '0'];
        var json = new JObject { ["meetingId"] = _meetingId };
        var usual = verb switch
        {
            "castVote" => "choice=yes",
            "requestLeave" => "reason=赴省厅参加培训",
            "refuseLeave" => "reason=请按时参会",
            "submitOpinion" => "opinion=同意，建议增加弹性考勤条款。",
            "recuse" => "reason=涉及本人亲属",
            "declareReservation" => "text=保留意见。",
            _ => "",
        };
        if (privately) json["teamId"] = _a.TeamId;
        foreach (var pair in $"{usual} {data}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            json[key == "item" ? "itemId" : key] = (key, value) switch
            {
                ("item", "rules") => _rules,
                ("item", "cadres") => _cadres,
                ("member", _) => _a[value[1] - '0'].AadObjectId,
                _ => value,
            };
        }
        return ClientFor(world).ClickAsync(person, verb, json, personal: privately);
    }

    private async Task<string> ProposeAndApproveAsync(object proposal)
    {
        Connector.Clear();
        await _teams.ClickAsync(_a[2], "proposeItem", proposal);
        var approve = Connector.Requests.Single(r => r.Card is not null).Card!.Action("approveItem")["data"]!;
        Assert.Contains("[AG4]", (await _teams.ClickAsync(_a[0], "approveItem", approve, personal: true)).AllText());
        return (string)approve["itemId"]!;
    }
}
