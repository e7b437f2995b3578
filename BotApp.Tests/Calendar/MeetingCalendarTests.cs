using Microsoft.Extensions.Logging.Abstractions;
using PartyGroupBot.Calendar;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Tests.Calendar;

/// <summary>What the Graph SDK really sends for a scheduled meeting (AG2): one POST /users/{id}/events per invitee.</summary>
[Trait("Category", "Core")]
public sealed class MeetingCalendarTests
{
    private static readonly MeetingScheduled Plan = new(
        new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8)), "20261129-ab12cd34",
        new DateOnly(2026, 11, 29), new TimeOnly(9, 30), "三楼会议室", ["t1", "t2", "t3"], [], "s");

    private static readonly AgendaItem[] Items =
    [
        new("t1", "审议2026年度部门预算", VotingMethod.Recorded, ItemCategory.Finance),
        new("t2", "研究信访积案处置方案", VotingMethod.Hands) { Confidential = true },
        new("t3", "防汛应急物资采购", VotingMethod.Oral) { Report = true },
    ];

    private static CalendarInvitation Invitation(string zone = "Asia/Shanghai") => new(Plan.MeetingId, "党组会议", Plan.Date, Plan.Time,
        TimeSpan.FromMinutes(120), zone, Plan.Place, ScheduledInvitations.Body(Plan, Items, ["周列席"]));

    [Fact]
    public async Task AG2_each_invitee_gets_the_event_in_their_own_calendar_in_China_Standard_Time_with_the_notice_as_its_body()
    {
        var graph = new FakeGraphCalendar();
        var outcome = await new MeetingCalendar(graph.Client, NullLogger<MeetingCalendar>.Instance)
            .InviteAsync(Invitation(), ["u-1", "u-2", "u-1"], CancellationToken.None);

        Assert.Equal(["u-1", "u-2"], outcome.Created);
        Assert.Empty(outcome.Failed);
        var sent = graph.Requests.OrderBy(r => r.UserId).ToList();
        Assert.Equal(2, sent.Count);
        foreach (var (request, user) in sent.Zip(new[] { "u-1", "u-2" }))
        {
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal($"https://graph.test/v1.0/users/{user}/events", request.Uri.AbsoluteUri);
            Assert.Equal("application/json", request.ContentType);
            var body = request.Body!;
            Assert.Equal("党组会议", (string?)body["subject"]);
            Assert.Equal(("2026-11-29T09:30:00", "China Standard Time"), ((string?)body["start"]!["dateTime"], (string?)body["start"]!["timeZone"]));
            Assert.Equal(("2026-11-29T11:30:00", "China Standard Time"), ((string?)body["end"]!["dateTime"], (string?)body["end"]!["timeZone"]));
            Assert.Equal("三楼会议室", (string?)body["location"]!["displayName"]);
            Assert.Equal($"pgb-20261129-ab12cd34-{user}", (string?)body["transactionId"]);
            Assert.Equal((true, 30, "busy"), ((bool)body["isReminderOn"]!, (int)body["reminderMinutesBeforeStart"]!, (string?)body["showAs"]));
            Assert.Null(body["attendees"]); // no attendees: Exchange sends no mail and needs no address
            Assert.Equal("html", (string?)body["body"]!["contentType"]);
            var html = (string)body["body"]!["content"]!;
            Assert.Contains("<li>审议2026年度部门预算</li>", html);
            Assert.Contains("<li>防汛应急物资采购（通报）</li>", html);
            Assert.Contains("时间：09:30（北京时间）", html);
            Assert.Contains("列席：周列席", html);
            // AG6, MN6: a mailbox is outside the meeting, so the confidential title stays out as in the channel.
            Assert.DoesNotContain("研究信访积案处置方案", html);
            Assert.Contains("【涉密】涉密议题，名称和材料不在日历中显示", html);
        }
    }

    [Fact]
    public async Task A_refused_or_hanging_calendar_is_reported_by_user_and_the_others_still_get_theirs()
    {
        var graph = new FakeGraphCalendar();
        graph.Answer["u-2"] = 403;
        graph.Answer["u-3"] = 0;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var outcome = await new MeetingCalendar(graph.Client, NullLogger<MeetingCalendar>.Instance)
            .InviteAsync(Invitation(), ["u-1", "u-2", "u-3"], limit.Token);

        Assert.Equal(["u-1"], outcome.Created);
        Assert.Equal(["u-2", "u-3"], outcome.Failed);
    }

    [Fact]
    public void A_zone_Graph_may_not_know_is_sent_as_UTC()
    {
        var utc = MeetingCalendar.Event(Invitation("Nowhere/Atlantis"), "u-1");
        Assert.Equal(("2026-11-29T01:30:00", "UTC"), (utc.Start!.DateTime, utc.Start.TimeZone));
        var windows = MeetingCalendar.Event(Invitation("China Standard Time"), "u-1");
        Assert.Equal(("2026-11-29T09:30:00", "China Standard Time"), (windows.Start!.DateTime, windows.Start.TimeZone));
    }
}
