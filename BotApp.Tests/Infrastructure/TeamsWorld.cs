namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>A tenant with one team and its channel, as Teams would describe them in activities.</summary>
public sealed record TeamsWorld(string TenantId, string TeamId, string ChannelId, IReadOnlyList<TeamsPerson> People)
{
    public const string BotId = "28:partygroupbot";
    public const string BotName = "PartyGroupBot";

    public static TeamsWorld Create(string name, int people)
    {
        var tenant = Guid.NewGuid().ToString();
        var team = $"19:{name}-{Guid.NewGuid():N}@thread.tacv2";
        var persons = Enumerable.Range(1, people)
            .Select(i => new TeamsPerson($"29:{name}-user-{i}", Guid.NewGuid().ToString(), $"{name}成员{i}"))
            .ToList();
        return new TeamsWorld(tenant, team, team, persons);
    }

    public TeamsPerson this[int index] => People[index];

    /// <summary>The team's Microsoft 365 group id, as Teams sends it in <c>channelData.team.aadGroupId</c>; Graph names the team by it.</summary>
    public string? AadGroupId { get; init; }

    /// <summary>The team's name, as Teams sends it in <c>channelData.team.name</c>.</summary>
    public string TeamName { get; init; } = "党组";
}
