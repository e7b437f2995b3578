using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>帮助: looks up the user's role and the team's meeting to offer only what applies now.</summary>
public sealed class HelpHandler(TeamGroups teamGroups, PersonGroups personGroups, MeetingStore meetings, Administrators admins)
{
    public async Task<JObject> ShowAsync(TurnScope scope, CancellationToken ct)
    {
        var admin = admins.Contains(scope.ActorId);
        if (scope.Group is null) return await PersonalAsync(scope, admin, ct);
        var found = await teamGroups.FindAsync(scope, ct);
        if (found.IsRefused) return HelpCard.Build(scope.Texts, new HelpContext(null, admin, false, false));
        return HelpCard.Build(scope.Texts, await ContextAsync(found.Value, scope.ActorId, admin, ct));
    }

    /// <summary>The personal chat has no team: what the person may do in each party group of the tenant they are on
    /// (as 我的督办 finds them), each named when there is more than one.</summary>
    private async Task<JObject> PersonalAsync(TurnScope scope, bool admin, CancellationToken ct)
    {
        IReadOnlyList<TeamGroup> mine = scope is { TenantId: { } tenant, ActorId: { } actor } ? await personGroups.OfAsync(tenant, actor, ct) : [];
        if (mine.Count == 0) return HelpCard.Build(scope.Texts, new HelpContext(null, admin, false, false));
        var groups = new List<(string?, HelpContext)>();
        foreach (var team in mine)
            groups.Add((mine.Count > 1 ? NameOf(scope.Texts, team) : null, await ContextAsync(team, scope.ActorId, admin, ct)));
        return HelpCard.BuildPersonal(scope.Texts, groups);
    }

    private async Task<HelpContext> ContextAsync(TeamGroup team, string? actorId, bool admin, CancellationToken ct)
    {
        var role = team.Stored.Group.Find(actorId)?.Role;
        var current = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        var inProgress = current is { Ended: false };
        return new HelpContext(role, admin, inProgress, inProgress && current!.ChairId == actorId,
            current?.Kind ?? Core.Meetings.MeetingKind.PartyGroupMeeting);
    }

    /// <summary>The team's name from its set-up; a group set up before names were kept is named by its secretary.</summary>
    private static string NameOf(Texts.Texts t, TeamGroup team) =>
        team.Stored.TeamName ?? t.Format("help.groupOfSecretary", team.Stored.Group.Secretary?.Name ?? "");
}
