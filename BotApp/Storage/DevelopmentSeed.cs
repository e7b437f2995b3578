using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Storage;

/// <summary>
/// Local runs only: sets up the Agents Playground's team from configuration (Bot:SeedGroups) when it has no group yet,
/// so a developer can type "start meeting" straight away: its Topics are proposed and approved by the secretary, so the
/// start card has topics to tick (AG4). Never overwrites a saved set-up.
/// </summary>
public sealed class DevelopmentSeed(GroupStore groups, AgendaStore agendas, TimeProvider clock, IConfiguration config, ILogger<DevelopmentSeed> log) : IHostedService
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
            var group = new PartyGroup(seed.ProfileId, members);
            await groups.SaveSetupAsync(key, group, seed.Members.ToDictionary(m => m.AadObjectId, m => m.TeamsId), ct);
            if (group.Secretary is { } secretary)
                foreach (var title in seed.Topics ?? [])
                {
                    string? id = null;
                    await agendas.RunAsync(key, a =>
                    {
                        var proposed = a.Propose(group, secretary.Id, new TopicProposal(title, ItemCategory.Policy, VotingMethod.Recorded), clock.GetUtcNow());
                        id = proposed.Value?.ItemId;
                        return proposed.IsRefused ? proposed.Refusal : proposed.Value;
                    }, ct);
                    if (id is not null) await agendas.RunAsync(key, a => a.Approve(group, secretary.Id, id, clock.GetUtcNow()), ct);
                }
            log.LogInformation("Seeded party group for team {Team} with {Count} members", seed.TeamId, members.Count);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public sealed record SeedGroup(string TenantId, string TeamId, string ProfileId, List<SeedMember> Members, List<string>? Topics = null);
    public sealed record SeedMember(string AadObjectId, string TeamsId, string Name, string Role);
}
