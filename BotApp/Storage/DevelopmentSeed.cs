using PartyGroupBot.Core.Groups;

namespace PartyGroupBot.Storage;

/// <summary>
/// Local runs only: sets up the Agents Playground's team from configuration (Bot:SeedGroups) when it has no group yet,
/// so a developer can type "start meeting" straight away. Never overwrites a saved set-up.
/// </summary>
public sealed class DevelopmentSeed(GroupStore groups, IConfiguration config, ILogger<DevelopmentSeed> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        foreach (var seed in config.GetSection("Bot:SeedGroups").Get<List<SeedGroup>>() ?? [])
        {
            var key = new GroupKey(seed.TenantId, seed.TeamId);
            if (await groups.GetAsync(key, ct) is not null) continue;
            var members = seed.Members
                .Select(m => RoleNames.TryParse(m.Role, out var role) ? new GroupMember(m.AadObjectId, m.Name, role) : null)
                .OfType<GroupMember>()
                .ToList();
            await groups.SaveSetupAsync(key, new PartyGroup(seed.ProfileId, members),
                seed.Members.ToDictionary(m => m.AadObjectId, m => m.TeamsId), ct);
            log.LogInformation("Seeded party group for team {Team} with {Count} members", seed.TeamId, members.Count);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public sealed record SeedGroup(string TenantId, string TeamId, string ProfileId, List<SeedMember> Members);
    public sealed record SeedMember(string AadObjectId, string TeamsId, string Name, string Role);
}
