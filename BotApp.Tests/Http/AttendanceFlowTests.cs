using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>Leave and written opinions (Q3, V4), recusal (Q4), leaving early (Q7), closing the floor (V5), reservations (V9), over HTTP.</summary>
[Trait("Category", "Http")]
public sealed class AttendanceFlowTests(SharedAzurite azurite) : BotTestBase(azurite)
{
    private readonly TeamsWorld _world = GroupSetup.World("attend");

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];

    [Fact]
    public async Task Leave_opinion_recusal_early_leaving_floor_and_reservation_reach_the_minutes()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        TeamsPerson chair = _world[0], deputy = _world[1], m2 = _world[2], m3 = _world[3], m4 = _world[4];
        await GroupSetup.SetUpAsync(teams, _world);
        var (meetingId, items) = await NoticedMeeting.ScheduleTodayAsync(teams, Connector, _world, "审议预算调整", "研究张某某任职");
        var (item1, item2) = (items[0], items[1]);

        // Q3: before the meeting m4 types 请假 and is offered the notified meeting; the secretary gets a private approval card.
        Connector.Clear();
        await teams.SayAsync(m4, "请假");
        var form = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Equal(meetingId, (string?)form.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "meetingId")["value"]);
        Assert.Equal("requestLeave", (string?)form.Action("requestLeave")["verb"]);
        Connector.Clear();
        Assert.Contains("等待", (await teams.ClickAsync(m4, "requestLeave", new { meetingId, reason = "赴省厅参加培训" })).AllText());
        Assert.Equal(chair.Mri, (string?)Connector.Requests.Single(r => r.Path == "/v3/conversations").Body!["members"]![0]!["id"]);
        var approval = Connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Contains("赴省厅参加培训", approval.AllText());
        var approveData = approval.Action("approveLeave")["data"]!;
        Assert.Contains("[Q3]", (await teams.ClickAsync(deputy, "approveLeave", approveData, personal: true)).AllText());

        // On approval the member gets a written-opinion card per item (V4).
        Connector.Clear();
        await teams.ClickAsync(chair, "approveLeave", approveData, personal: true);
        var opinionCards = Connector.Requests.Where(r => r.Card?.Actions().Any() == true).Select(r => r.Card!).ToList();
        Assert.Equal(2, opinionCards.Count);
        var opinion1 = opinionCards[0].Action("submitOpinion")["data"]!.DeepClone();
        opinion1["opinion"] = "同意预算调整，建议压减会议费。";
        Assert.Contains("不计票", (await teams.ClickAsync(m4, "submitOpinion", opinion1, personal: true)).AllText());
        Assert.Contains("[V4]", (await teams.ClickAsync(m3, "submitOpinion", opinion1, personal: true)).AllText());

        await NoticedMeeting.StartAsync(teams, _world, meetingId);
        foreach (var p in new[] { chair, deputy, m2, m3 }) await teams.ClickAsync(p, "checkIn", new { meetingId });
        // Q4: m3 recuses from item 2 before its vote; the chair cannot be ruled around the deadline later.
        Assert.Contains("不参加该议题表决 [Q4]", (await teams.ClickAsync(m3, "recuse", new { meetingId, itemId = item2, reason = "涉及本人亲属" })).AllText());

        // Item 1: the chair closes the floor before m3 votes (V5), then states last.
        await teams.ClickAsync(chair, "openVote", new { meetingId, itemId = item1 });
        await teams.ClickAsync(deputy, "castVote", new { meetingId, itemId = item1, choice = "yes" });
        await teams.ClickAsync(m2, "castVote", new { meetingId, itemId = item1, choice = "no" });
        Assert.Contains("[V5]", (await teams.ClickAsync(chair, "castVote", new { meetingId, itemId = item1, choice = "yes" })).AllText());
        await teams.ClickAsync(chair, "closeFloor", new { meetingId, itemId = item1 });
        Assert.Contains("[V5]", (await teams.ClickAsync(m3, "castVote", new { meetingId, itemId = item1, choice = "yes" })).AllText());
        await teams.ClickAsync(chair, "castVote", new { meetingId, itemId = item1, choice = "yes" });
        var result = (await teams.ClickAsync(chair, "closeVote", new { meetingId, itemId = item1 })).FactsWith("结果");
        Assert.Equal(("未通过", "2", "1"), (result["结果"], result["赞成"], result["反对"]));

        // V9: only the losing side declares a reservation.
        Assert.Contains("[V9]", (await teams.ClickAsync(m2, "declareReservation", new { meetingId, itemId = item1, text = "不同意" })).AllText());
        Assert.Contains("已记录", (await teams.ClickAsync(deputy, "declareReservation", new { meetingId, itemId = item1, text = "预算调整确有必要，保留意见。" })).AllText());

        // Q7: m2 leaves early; with m3 recused, item 2 has two of five present and cannot open (Q1).
        await teams.ClickAsync(m2, "leaveMeeting", new { meetingId });
        Assert.Contains("[Q1]", (await teams.ClickAsync(chair, "openVote", new { meetingId, itemId = item2 })).AllText());

        Connector.Clear();
        await teams.ClickAsync(chair, "endMeeting", new { meetingId });
        var draft = Connector.Requests.Single(r => r.Card is not null).Card!.AllText();
        Assert.Contains($"{m4.Name} 书面意见（不计票）：同意预算调整，建议压减会议费。", draft);
        Assert.Contains($"{deputy.Name} 保留意见：预算调整确有必要，保留意见。", draft);
        Assert.Contains("离会）", draft);
        Assert.Contains(m4.Name, draft.Split('\n').SkipWhile(l => l != "请假").Skip(1).First());
    }
}
