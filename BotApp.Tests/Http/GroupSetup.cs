using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// The test party group: 0 secretary, 1 deputy secretary, 2–4 members (five with a vote), 5 recorder,
/// 6 in the team but not in the group. Person 0 is also the administrator.
/// </summary>
public static class GroupSetup
{
    public static readonly string[] Roles = ["secretary", "deputySecretary", "member", "member", "member", "recorder", "none"];

    public static TeamsWorld World(string name) => TeamsWorld.Create(name, Roles.Length);

    public static object SaveSetupData(TeamsWorld world, string profile)
    {
        var data = new JObject { ["profile"] = profile };
        for (var i = 0; i < world.People.Count; i++) data["role." + world[i].AadObjectId] = Roles[i];
        return data;
    }

    public static async Task SetUpAsync(TeamsClient client, TeamsWorld world, string profile = "chengzhong-hrss-2021")
    {
        var saved = await client.ClickAsync(world[0], "saveSetup", SaveSetupData(world, profile));
        Assert.Contains("设置已保存", saved.AllText());
    }

    /// <summary>
    /// Starts an unscheduled meeting (AG4) on the given titles, one per line: the secretary proposes each as an ordinary
    /// topic, approves it from the private card, and picks them on the start card. In a group with no topics yet they are
    /// t1, t2 …. Returns the meeting's id read from the roll call card's check-in button.
    /// </summary>
    public static async Task<string> StartMeetingAsync(TeamsClient client, TeamsWorld world, string items, string method = "recorded")
    {
        var ids = await ApprovedTopicsAsync(client, world, items, method);
        var rollCall = await client.ClickAsync(world[0], "startMeeting", new { itemIds = string.Join(",", ids) });
        return (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
    }

    /// <summary>AG1: the secretary proposes and approves one ordinary topic per line; returns their ids in order.</summary>
    public static async Task<IReadOnlyList<string>> ApprovedTopicsAsync(TeamsClient client, TeamsWorld world, string items, string method = "recorded")
    {
        var ids = new List<string>();
        foreach (var title in items.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            ids.Add(await ProposeAndApproveAsync(client, world[0], world[0], new { title, category = "other", method }));
        return ids;
    }

    /// <summary>
    /// AG1: a member proposes, the secretary approves from the one private card that came of it, and is told the topic
    /// can now go on a meeting (AG4); returns the topic's id.
    /// </summary>
    public static async Task<string> ProposeAndApproveAsync(TeamsClient client, TeamsPerson secretary, TeamsPerson proposer, object proposal)
    {
        var before = client.Connector.Requests.Count;
        await client.ClickAsync(proposer, "proposeItem", proposal);
        var approve = client.Connector.Requests.Skip(before).Single(r => r.Card?.Actions().Any(a => (string?)a["verb"] == "approveItem") == true)
            .Card!.Action("approveItem")["data"]!;
        Assert.Contains("[AG4]", (await client.ClickAsync(secretary, "approveItem", approve, personal: true)).AllText());
        return (string)approve["itemId"]!;
    }
}
