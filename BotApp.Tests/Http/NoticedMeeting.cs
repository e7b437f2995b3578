using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// Q3: leave is asked from the notice, so a test that needs a member on leave schedules its meeting first. For the
/// <see cref="GroupSetup"/> group: topics proposed by person 2 and approved by the secretary (AG1), scheduled for today
/// at 15:00 (AG2), leave asked from the member's private notice and approved, then the meeting started by its id.
/// </summary>
public static class NoticedMeeting
{
    /// <summary>Returns the scheduled meeting's id, read from a voting member's notice, and the topics' ids in order.</summary>
    public static async Task<(string MeetingId, IReadOnlyList<string> ItemIds)> ScheduleTodayAsync(
        TeamsClient client, FakeConnector connector, TeamsWorld world, params string[] titles)
    {
        var ids = new List<string>();
        foreach (var title in titles)
            ids.Add(await GroupSetup.ProposeAndApproveAsync(client, world[0], world[2], new { title, category = "policy", method = "recorded" }));
        connector.Clear();
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        Assert.Contains("会议已安排", (await client.ClickAsync(world[0], "scheduleMeeting",
            new { date = today, time = "15:00", place = "三楼会议室", itemIds = string.Join(",", ids) })).AllText());
        var notice = connector.Requests.First(r => r.Card?.Actions().Any(a => (string?)a["verb"] == "requestLeave") == true).Card!;
        return ((string)notice.Action("requestLeave")["data"]!["meetingId"]!, ids);
    }

    /// <summary>The member asks leave from the notice and the secretary approves it; returns the written-opinion cards they got (V4).</summary>
    public static async Task<IReadOnlyList<JObject>> LeaveApprovedAsync(
        TeamsClient client, FakeConnector connector, TeamsWorld world, TeamsPerson member, string meetingId, string reason)
    {
        connector.Clear();
        Assert.Contains("等待", (await client.ClickAsync(member, "requestLeave", new { meetingId, teamId = world.TeamId, reason }, personal: true)).AllText());
        var approve = connector.Requests.Single(r => r.Card is not null).Card!.Action("approveLeave")["data"]!;
        connector.Clear();
        Assert.Contains("已批准", (await client.ClickAsync(world[0], "approveLeave", approve, personal: true)).AllText());
        return connector.Requests.Where(r => r.Card?.Actions().Any(a => (string?)a["verb"] == "submitOpinion") == true).Select(r => r.Card!).ToList();
    }

    /// <summary>The secretary starts the scheduled meeting; returns its roll call.</summary>
    public static Task<JObject> StartAsync(TeamsClient client, TeamsWorld world, string meetingId) =>
        client.ClickAsync(world[0], "startMeeting", new { meetingId });
}
