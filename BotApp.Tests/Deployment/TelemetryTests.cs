using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>
/// Issue 14, telemetry: what the bot logs (and OpenTelemetry exports, scopes included) lets an operator follow a team's
/// meeting by its ids, and never carries how anyone voted or a confidential title (V2, MN6, AG6).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TelemetryTests(Azurite azurite) : BotTestBase(azurite)
{
    private const string ConfidentialTitle = "研究信访积案处置方案";
    private readonly TeamsWorld _world = GroupSetup.World("telemetry");
    private readonly LogCapture _logs = new();

    protected override IEnumerable<string> Administrators => [_world[0].AadObjectId];
    protected override IEnumerable<string> ExtraArgs => ["--Logging:LogLevel:Default=Debug"];

    protected override void ReplaceServices(IServiceCollection services)
    {
        base.ReplaceServices(services);
        services.AddSingleton<ILoggerProvider>(_logs);
    }

    [Fact]
    public async Task Logs_carry_team_and_meeting_ids_and_never_a_ballot_choice_or_a_confidential_title()
    {
        Connector.Roster = _world.People;
        var teams = ClientFor(_world);
        await GroupSetup.SetUpAsync(teams, _world);
        // A confidential topic proposed and approved: its title passes through two turns and private cards.
        Connector.Clear();
        await teams.ClickAsync(_world[2], "proposeItem", new { title = ConfidentialTitle, category = "other", method = "secret", confidential = "true" });
        var approve = Connector.Requests.Single(r => r.Card is not null).Card!.Action("approveItem")["data"]!;
        await teams.ClickAsync(_world[0], "approveItem", approve, personal: true);

        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "民主推荐候选人", method: "secret");
        foreach (var p in new[] { _world[1], _world[2], _world[3], _world[0] }) await teams.ClickAsync(p, "checkIn", new { meetingId });
        await teams.ClickAsync(_world[0], "openVote", new { meetingId, itemId = "1" });
        await teams.ClickAsync(_world[1], "castVote", new { meetingId, itemId = "1", choice = "no" });
        await teams.ClickAsync(_world[2], "castVote", new { meetingId, itemId = "1", choice = "abstain" });
        await teams.ClickAsync(_world[3], "castVote", new { meetingId, itemId = "1", choice = "no" });

        var records = _logs.Records;
        // Every log of a ballot's turn names the tenant, team, meeting and item; the turn log names the voter.
        var ballots = records.Where(r => (string?)r.ScopeValue("Verb") == "castVote").ToList();
        Assert.True(ballots.Count >= 3, "castVote turns logged: " + ballots.Count);
        Assert.All(ballots, r => Assert.Equal((_world.TenantId, _world.TeamId, meetingId, "1"),
            ((string?)r.ScopeValue("TenantId"), (string?)r.ScopeValue("TeamId"), (string?)r.ScopeValue("MeetingId"), (string?)r.ScopeValue("ItemId"))));
        Assert.Contains(ballots, r => r.Message.Contains(_world[1].AadObjectId));

        // Nothing logged holds a choice or the confidential title: not the message, its fields, the scopes or an exception.
        Assert.True(records.Count > 20, "records: " + records.Count);
        foreach (var record in records)
        {
            Assert.DoesNotContain(ConfidentialTitle, record.AllText);
            Assert.DoesNotContain("choice", record.AllText, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(record.Fields.Concat(record.Scope), f => f.Value is string s && s is "no" or "abstain" or "yes");
        }
    }
}
