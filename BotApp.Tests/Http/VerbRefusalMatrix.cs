using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// Issue 4, "every verb has a test for its refusal paths": for each meeting verb a row per refusal path (wrong role, wrong
/// meeting state, closed item, second ballot or statement, someone else's meeting in the same tenant or in another
/// tenant). Each row takes team A's meeting at a <see cref="Stage"/>, clicks as one person, expects the refusal text
/// (the rule ID in brackets, or the plain set-up message) and checks that the click changed nothing: the record's hash
/// chain, both ballots as the chair sees them, and no message sent. Rows of one stage share a meeting (<see cref="MatrixMeetings"/>).
/// </summary>
/// <remarks>
/// People: A0 secretary and chair, A1 deputy, A2–A4 members, A5 recorder, A6 in the team but not in the group (GroupSetup).
/// B is another team of the same tenant; C is another tenant whose team has the same team id as A. B0 and C0 are their
/// secretaries. "A1 privately" clicks in a personal chat, where the card carries team A's <c>teamId</c>.
/// Data is "key=value" pairs (<see cref="MatrixMeeting.ClickAsync(string)"/>).
/// </remarks>
public abstract class VerbRefusalMatrix(MatrixMeetings meetings) : IClassFixture<MatrixMeetings>
{
    /// <summary>The class's bot and its meetings, for rows the matrix's shape does not fit.</summary>
    protected MatrixMeetings Meetings => meetings;

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

    protected const string NotFound = "在本团队找不到这次会议。 [MK1]";
    protected const string Ended = "会议已经结束。 [MK1]";
    protected const string OnlyChair = "只有会议主持人可以这样做。";
    protected const string NoVote = "你的角色没有表决权。";
    protected const string NotOnRoster = "你不在本党组名单中。";
    protected const string NotOpen = "这个议题尚未开始表决。 [V1]";
    protected const string Closed = "这个议题的表决已经结束，结果不可更改。 [V10]";
    public const string RulesTitle = "修订机关考勤制度";
    public const string CadreTitle = "推荐副科级干部人选";
    protected const string TooLate = "会议已开始（签到已发布），不能再请假；请假须在会前从会议通知提出。到会后需提前离开的，请点签到卡上的“离开会议”。 [Q3]";

    protected async Task RefusedAndUnchangedAsync(string rule, Stage stage, string actor, string verb, string data, string expected, string? first = null)
    {
        Assert.False(string.IsNullOrEmpty(rule));
        var meeting = await meetings.AtAsync(stage, own: first is not null);
        try
        {
            if (first is not null) Assert.DoesNotContain(expected, (await meeting.ClickAsync(first)).AllText());
            var before = await meeting.SnapshotAsync();

            var connector = meetings.Connector;
            connector.Clear();
            var answer = (await meeting.ClickAsync(actor, verb, data)).AllText();
            Assert.Contains(expected, answer);
            Assert.DoesNotContain(connector.Requests, r => r.Method is "POST" or "PUT");
            if (!actor.StartsWith('A'))
                foreach (var title in new[] { RulesTitle, CadreTitle }) Assert.DoesNotContain(title, answer);

            Assert.Equal(before, await meeting.SnapshotAsync());
        }
        catch
        {
            meetings.Forget(stage);
            throw;
        }
    }
}
