using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// The record over HTTP: the recorder's notes (MN1), the draft returned with corrections (MN3), reading the full record
/// on approval (MN2), and the briefing of absent members that never carries a confidential item (MN5, MN6, AG6).
/// </summary>
[Trait("Category", "Http")]
public sealed class RecordTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("record");
    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    private TeamsPerson Chair => _world[0];
    private TeamsPerson Deputy => _world[1];
    private TeamsPerson M2 => _world[2];
    /// <summary>Absent without leave (缺席).</summary>
    private TeamsPerson Absent => _world[3];
    /// <summary>On approved leave.</summary>
    private TeamsPerson OnLeave => _world[4];
    private TeamsPerson Recorder => _world[5];
    private TeamsPerson Outsider => _world[6];

    private const string BudgetTitle = "审议2027年度部门预算";
    private const string SecretTitle = "研究涉密人事安排事项";
    private const string BudgetNote = "李明：建议压减会议费和差旅费。";
    private const string SecretNote = "涉密讨论：拟调整人选三名。";
    private const string Correction = "第一项请补充预算总额。";

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    private List<JObject> PrivateCardsTo(TeamsPerson p) => Connector.Requests
        .Where(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/a:personal-{p.Mri}/")).Select(r => r.Card!).ToList();

    private JObject? ChannelPost() =>
        Connector.Requests.SingleOrDefault(r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities")?.Card;

    private async Task<JObject> SayForCardAsync(TeamsClient teams, TeamsPerson who, string text)
    {
        Connector.Clear();
        await teams.SayAsync(who, text);
        return Connector.Requests.Single(r => r.Card is not null).Card!;
    }

    /// <summary>A scheduled meeting with an open item and a confidential one, held with one member on leave and one absent.</summary>
    private async Task<(TeamsClient Teams, string MeetingId, string Budget, string Secret)> HoldMeetingAsync()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        var budget = await GroupSetup.ProposeAndApproveAsync(teams, Chair, M2, new { title = BudgetTitle, category = "policy", method = "recorded" });
        var secret = await GroupSetup.ProposeAndApproveAsync(teams, Chair, Deputy, new { title = SecretTitle, category = "policy", method = "recorded", confidential = "true" });
        await teams.ClickAsync(Chair, "scheduleMeeting", new { date = Today, time = "15:00", place = "三楼会议室", itemIds = $"{budget},{secret}" });
        var start = await SayForCardAsync(teams, Chair, "开始会议");
        var meetingId = (string)start.Action("startMeeting", a => a["data"]!["meetingId"] is not null)["data"]!["meetingId"]!;
        await NoticedMeeting.LeaveApprovedAsync(teams, Connector, _world, OnLeave, meetingId, "赴省厅参加培训");
        await teams.ClickAsync(Chair, "startMeeting", new { meetingId });

        foreach (var p in new[] { Chair, Deputy, M2, Recorder }) await teams.ClickAsync(p, "checkIn", new { meetingId });
        return (teams, meetingId, budget, secret);
    }

    private async Task VoteAllYesAsync(TeamsClient teams, string meetingId, string itemId)
    {
        await teams.ClickAsync(Chair, "openVote", new { meetingId, itemId });
        foreach (var p in new[] { Deputy, M2, Chair }) await teams.ClickAsync(p, "castVote", new { meetingId, itemId, choice = "yes" });
        Assert.Equal("通过", (await teams.ClickAsync(Chair, "closeVote", new { meetingId, itemId })).FactsWith("结果")["结果"]);
    }

    [Fact]
    public async Task MN1_MN3_MN5_notes_in_the_draft_corrections_appended_and_absent_members_briefed_without_confidential_items()
    {
        var (teams, meetingId, budget, secret) = await HoldMeetingAsync();

        // MN1: the recorder types 记录 and gets the note card for the item; the note comes back with time and author.
        var noteCard = await SayForCardAsync(teams, Recorder, "记录");
        Assert.Contains("会议记录 · 记录发言", noteCard.AllText());
        Assert.Equal(meetingId, (string?)noteCard.Action("recordNote")["data"]!["meetingId"]);
        var noted = await teams.ClickAsync(Recorder, "recordNote", new { meetingId, itemId = budget, text = BudgetNote });
        Assert.Contains($"已记录（1. {BudgetTitle}）", noted.AllText());
        Assert.Contains($"{Recorder.Name}：{BudgetNote}", noted.AllText());
        // The chair may record too; a member may not, by typing or by clicking (MN1).
        await teams.ClickAsync(Chair, "recordNote", new { meetingId, itemId = secret, text = SecretNote });
        Assert.Contains("只有专职记录或会议主持人可以记录发言。 [MN1]", (await SayForCardAsync(teams, M2, "record note")).AllText());
        Assert.Contains("[MN1]", (await teams.ClickAsync(M2, "recordNote", new { meetingId, itemId = budget, text = "我自己记一条" })).AllText());
        Assert.Contains("[MN1]", (await teams.ClickAsync(Recorder, "recordNote", new { meetingId, itemId = budget, text = " " })).AllText());

        await VoteAllYesAsync(teams, meetingId, budget);
        await VoteAllYesAsync(teams, meetingId, secret);
        Connector.Clear();
        await teams.ClickAsync(Chair, "endMeeting", new { meetingId });
        var draft = PrivateCardsTo(Chair).Single();
        Assert.Contains("发言和讨论记录", draft.AllText());
        Assert.Contains($"{Recorder.Name}：{BudgetNote}", draft.AllText());
        Assert.Contains($"{Chair.Name}：{SecretNote}", draft.AllText());

        // MN3: only the secretary returns the draft with corrections; the next draft shows them, and the sign button stays.
        var correctData = draft.Action("correctMinutes")["data"]!.DeepClone();
        correctData["text"] = Correction;
        Assert.Contains("[MN3]", (await teams.ClickAsync(Deputy, "correctMinutes", correctData, personal: true)).AllText());
        var corrected = await teams.ClickAsync(Chair, "correctMinutes", correctData, personal: true);
        Assert.Contains("修改意见已追加到记录", corrected.AllText());
        Assert.Contains($"{Chair.Name}：{Correction}", corrected.AllText());
        Assert.Contains($"{Recorder.Name}：{BudgetNote}", corrected.AllText());

        // Signing as before; then each absent member, with or without leave, gets the decisions privately (MN5).
        Connector.Clear();
        var signed = await teams.ClickAsync(Chair, "signMinutes", corrected.Action("signMinutes")["data"]!, personal: true);
        Assert.Contains($"签发人：{Chair.Name}", signed.AllText());
        var channel = ChannelPost()!.AllText();
        Assert.Contains(BudgetTitle, channel);
        // MN6: the channel has neither the confidential item nor anyone's statements.
        Assert.DoesNotContain(SecretTitle, channel);
        Assert.DoesNotContain(SecretNote, channel);
        Assert.DoesNotContain(BudgetNote, channel);

        foreach (var absent in new[] { Absent, OnLeave })
        {
            var briefing = Assert.Single(PrivateCardsTo(absent));
            var text = briefing.AllText();
            Assert.StartsWith("会议决定通报", text);
            Assert.Contains($"1. {BudgetTitle}", text);
            Assert.Equal("通过", briefing.FactsWith("结果")["结果"]);
            // MN6, AG6: no confidential item, no note, no name of who voted how.
            Assert.DoesNotContain(SecretTitle, text);
            Assert.DoesNotContain(SecretNote, text);
            Assert.DoesNotContain(BudgetNote, text);
            Assert.DoesNotContain("涉密", text);
            foreach (var voter in new[] { Chair, Deputy, M2 }) Assert.DoesNotContain(voter.Name, text);
        }
        foreach (var present in new[] { Deputy, M2, Recorder }) Assert.Empty(PrivateCardsTo(present));
    }

    [Fact]
    public async Task MN6_AG6_the_channel_shows_a_confidential_item_only_as_its_number_and_never_the_corrections_or_leave_reasons()
    {
        var (teams, meetingId, budget, secret) = await HoldMeetingAsync();
        var channelAnswers = new List<JObject> { await SayForCardAsync(teams, M2, "status") };
        Assert.Contains("涉密议题 2", channelAnswers[0].AllText());
        await VoteAllYesAsync(teams, meetingId, budget);
        Connector.Clear();
        channelAnswers.Add(await teams.ClickAsync(Chair, "openVote", new { meetingId, itemId = secret }));
        Assert.Contains("表决：涉密议题 2", channelAnswers[^1].AllText());
        foreach (var p in new[] { Deputy, M2, Chair }) channelAnswers.Add(await teams.ClickAsync(p, "castVote", new { meetingId, itemId = secret, choice = "yes" }));
        channelAnswers.Add(await teams.ClickAsync(Chair, "closeVote", new { meetingId, itemId = secret }));
        Assert.Contains("表决结果：涉密议题 2", channelAnswers[^1].AllText());
        channelAnswers.Add(await SayForCardAsync(teams, Deputy, "会议状态"));
        // Roll call, ballot, result and status, answered or updated for everyone in the channel: never the title.
        var updates = Connector.Requests.Where(r => r.Path.StartsWith($"/v3/conversations/{_world.ChannelId}") && r.Card is not null).Select(r => r.Card!);
        foreach (var card in channelAnswers.Concat(updates)) Assert.DoesNotContain(SecretTitle, card.AllText());

        Connector.Clear();
        await teams.ClickAsync(Chair, "endMeeting", new { meetingId });
        var correctData = PrivateCardsTo(Chair).Single().Action("correctMinutes")["data"]!.DeepClone();
        correctData["text"] = Correction;
        var corrected = await teams.ClickAsync(Chair, "correctMinutes", correctData, personal: true);
        Connector.Clear();
        var signed = (await teams.ClickAsync(Chair, "signMinutes", corrected.Action("signMinutes")["data"]!, personal: true)).AllText();
        // The signed record keeps the corrections and the reason for leave; the channel copy has neither.
        Assert.Contains(Correction, signed);
        Assert.Contains("赴省厅参加培训", signed);
        var channel = ChannelPost()!.AllText();
        Assert.Contains(OnLeave.Name, channel);
        Assert.DoesNotContain(Correction, channel);
        Assert.DoesNotContain("赴省厅参加培训", channel);
        Assert.DoesNotContain(SecretTitle, channel);
    }

    [Fact]
    public async Task MN2_a_member_asks_the_deputy_approves_and_the_member_reads_the_full_record_every_step_recorded()
    {
        var (teams, meetingId, budget, secret) = await HoldMeetingAsync();
        await teams.ClickAsync(Recorder, "recordNote", new { meetingId, itemId = secret, text = SecretNote });
        Connector.Clear();
        await VoteAllYesAsync(teams, meetingId, budget);
        // IM1: the budget's decision, recorded from the secretary's form, is part of the full record.
        var decision = (JObject)PrivateCardsTo(Chair).Single(c => c.Actions().Any(a => (string?)a["verb"] == "recordDecision"))
            .Action("recordDecision")["data"]!.DeepClone();
        decision["owner"] = M2.AadObjectId;
        decision["due"] = "2099-12-31";
        await teams.ClickAsync(Chair, "recordDecision", decision, personal: true);
        await VoteAllYesAsync(teams, meetingId, secret);
        // Before the meeting ends there is nothing to ask for.
        Assert.Contains("[MN2]", (await teams.ClickAsync(M2, "requestRecord", new { meetingId, reason = "核对" })).AllText());
        await teams.ClickAsync(Chair, "endMeeting", new { meetingId });

        // 查阅记录 gives the request card for the latest ended meeting; someone outside the group is refused.
        Assert.Contains("[MN2]", (await SayForCardAsync(teams, Outsider, "查阅记录")).AllText());
        Assert.Contains("[MN2]", (await teams.ClickAsync(Outsider, "requestRecord", new { meetingId, reason = "好奇" })).AllText());
        var request = await SayForCardAsync(teams, M2, "view record");
        Assert.Contains("申请查阅会议记录", request.AllText());
        Assert.Equal(meetingId, (string?)request.Action("requestRecord")["data"]!["meetingId"]);

        Connector.Clear();
        var sent = await teams.ClickAsync(M2, "requestRecord", new { meetingId, reason = "核对本人发言" });
        Assert.Contains($"等待{Chair.Name}、{Deputy.Name}批准 [MN2]", sent.AllText());
        var toChair = Assert.Single(PrivateCardsTo(Chair));
        var toDeputy = Assert.Single(PrivateCardsTo(Deputy));
        Assert.Contains("核对本人发言", toDeputy.AllText());
        Assert.Contains(M2.Name, toDeputy.AllText());
        Assert.Contains("[MN2]", (await teams.ClickAsync(M2, "requestRecord", new { meetingId, reason = "再申请" })).AllText());

        // Only the secretary or the leader in charge approves (MN2): the recorder cannot, with the card's own data.
        var approve = toDeputy.Action("approveRecordAccess")["data"]!;
        Assert.Contains("查阅会议记录须由党组书记或分管领导（党组副书记）批准。 [MN2]",
            (await teams.ClickAsync(Recorder, "approveRecordAccess", approve, personal: true)).AllText());
        Assert.Empty(PrivateCardsTo(M2));

        Connector.Clear();
        Assert.Contains("已同意", (await teams.ClickAsync(Deputy, "approveRecordAccess", approve, personal: true)).AllText());
        var record = Assert.Single(PrivateCardsTo(M2)).AllText();
        // The full record: the confidential item, its note and the named ballots of the open method.
        Assert.StartsWith("党组会议记录（全文）", record);
        Assert.Contains(SecretTitle, record);
        Assert.Contains(SecretNote, record);
        Assert.Contains($"表决情况：{Deputy.Name} 赞成；{M2.Name} 赞成；{Chair.Name} 赞成", record);
        Assert.Contains($"涉密议题：{SecretTitle}", record);
        Assert.Contains($"落实责任人：{M2.Name}　办结期限：2099-12-31", record);
        // Every request, approval and read is in the record itself.
        Assert.Contains($"{M2.Name} 申请查阅：核对本人发言", record);
        Assert.Contains($"{Deputy.Name} 批准 {M2.Name} 查阅", record);
        Assert.Contains($"{M2.Name} 查阅", record.Split('\n').Last());

        // The same approval card again, from the secretary: already approved, nothing sent again.
        Connector.Clear();
        Assert.Contains("[MN2]", (await teams.ClickAsync(Chair, "approveRecordAccess", toChair.Action("approveRecordAccess")["data"]!, personal: true)).AllText());
        Assert.Empty(PrivateCardsTo(M2));
        Assert.Contains("记录完整", (await SayForCardAsync(teams, M2, "核验记录")).AllText());
    }
}
