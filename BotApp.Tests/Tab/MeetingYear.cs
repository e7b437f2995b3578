using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Tab;

/// <summary>
/// Part of a year of a group's record, run over the Bot Framework protocol on a clock the test moves: party group meetings
/// in January, February and April (none in March or May, PD1), a confidential item in January (AG6), a decision with an
/// owner and a due date (IM1) that is never reported done (IM2), one member absent in February and two in April (Q3).
/// Roles: 0 secretary, 1 deputy, 2–4 members, 5 office director, 6 in the team only.
/// </summary>
public static class MeetingYear
{
    public static readonly string[] Roles = ["secretary", "deputySecretary", "member", "member", "member", "officeDirector", "none"];
    public static readonly DateTimeOffset Start = new(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(8));
    public const string DecisionTitle = "审议2026年度党建工作要点";
    public const string SecretTitle = "研究干部任免事项";

    /// <returns>The record check value (MN1) each meeting's signed minutes printed in the channel, in order.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(TeamsClient teams, TeamsWorld world, FakeConnector connector, FakeClock clock)
    {
        var setup = new JObject { ["profile"] = "chengzhong-hrss-2021" };
        for (var i = 0; i < world.People.Count; i++) setup["role." + world[i].AadObjectId] = Roles[i];
        Assert.Contains("设置已保存", (await teams.ClickAsync(world[0], "saveSetup", setup)).AllText());

        // 12 January: everyone; item 1 passes and becomes a decision owned by member 2, due 15 February; item 2 is confidential.
        var secret = await GroupSetup.ProposeAndApproveAsync(teams, world[0], world[0],
            new { title = SecretTitle, category = "other", method = "recorded", confidential = "true" });
        var open = await GroupSetup.ProposeAndApproveAsync(teams, world[0], world[0], new { title = DecisionTitle, category = "other", method = "recorded" });
        var jan = (string)(await teams.ClickAsync(world[0], "startMeeting", new { itemIds = $"{open},{secret}" })).Action("checkIn")["data"]!["meetingId"]!;
        var heads = new List<string>();
        heads.Add(await HoldAsync(teams, world, connector, jan, [0, 1, 2, 3, 4], [open, secret], decideFirst: new DateOnly(2026, 2, 15)));

        clock.AdvanceDays(29); // 10 February: member 4 stays away.
        var feb = await GroupSetup.StartMeetingAsync(teams, world, "研究春节期间值班安排");
        heads.Add(await HoldAsync(teams, world, connector, feb, [0, 1, 2, 3], ["t3"]));

        clock.AdvanceDays(57); // 8 April: members 3 and 4 stay away.
        var apr = await GroupSetup.StartMeetingAsync(teams, world, "审议一季度工作总结");
        heads.Add(await HoldAsync(teams, world, connector, apr, [0, 1, 2], ["t4"]));

        clock.AdvanceDays(73); // 20 June: the tab is read.
        return heads;
    }

    /// <summary>Roll call, every item carried (chair last, V5), end, and the secretary signs the minutes (MN3).</summary>
    private static async Task<string> HoldAsync(TeamsClient teams, TeamsWorld world, FakeConnector connector, string meetingId, int[] present,
        string[] items, DateOnly? decideFirst = null)
    {
        foreach (var i in present) await teams.ClickAsync(world[i], "checkIn", new { meetingId });
        foreach (var item in items)
        {
            await teams.ClickAsync(world[0], "openVote", new { meetingId, itemId = item });
            foreach (var i in present.Where(i => i != 0)) await teams.ClickAsync(world[i], "castVote", new { meetingId, itemId = item, choice = "yes" });
            await teams.ClickAsync(world[0], "castVote", new { meetingId, itemId = item, choice = "yes" });
            connector.Clear();
            await teams.ClickAsync(world[0], "closeVote", new { meetingId, itemId = item });
            if (decideFirst is { } due && item == items[0])
            {
                var record = (JObject)connector.Requests.First(r => r.Card?.Actions().Any(a => (string?)a["verb"] == "recordDecision") == true)
                    .Card!.Action("recordDecision")["data"]!.DeepClone();
                record["owner"] = world[2].AadObjectId;
                record["due"] = due.ToString("yyyy-MM-dd");
                Assert.Contains("已登记决定", (await teams.ClickAsync(world[0], "recordDecision", record, personal: true)).AllText());
            }
        }
        connector.Clear();
        await teams.ClickAsync(world[0], "endMeeting", new { meetingId });
        var sign = connector.Requests.Last(r => r.Card?.Actions().Any(a => (string?)a["verb"] == "signMinutes") == true).Card!.Action("signMinutes")["data"]!;
        connector.Clear();
        await teams.ClickAsync(world[0], "signMinutes", sign, personal: true);
        var posted = connector.Requests.Single(r => r.Path == $"/v3/conversations/{world.ChannelId}/activities" && r.Card is not null).Card!.AllText();
        return System.Text.RegularExpressions.Regex.Match(posted, "记录校验值：([0-9A-Fa-f]+)").Groups[1].Value;
    }
}
