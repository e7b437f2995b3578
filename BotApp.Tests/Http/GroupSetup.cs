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

    /// <summary>Starts a meeting with the given items; returns its id read from the roll call card's check-in button.</summary>
    public static async Task<string> StartMeetingAsync(TeamsClient client, TeamsWorld world, string items, string method = "recorded")
    {
        var rollCall = await client.ClickAsync(world[0], "startMeeting", new { items, method });
        return (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
    }
}
