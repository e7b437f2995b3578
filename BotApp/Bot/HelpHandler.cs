using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>帮助: looks up the user's role and the team's meeting to offer only what applies now.</summary>
public sealed class HelpHandler(TeamGroups teamGroups, MeetingStore meetings, Administrators admins)
{
    public async Task<JObject> ShowAsync(TurnScope scope, CancellationToken ct)
    {
        var admin = admins.Contains(scope.ActorId);
        var found = scope.Group is null ? default : await teamGroups.FindAsync(scope, ct);
        if (scope.Group is null || found.IsRefused) return HelpCard.Build(scope.Texts, new HelpContext(null, admin, false, false));

        var team = found.Value!;
        var role = team.Stored.Group.Find(scope.ActorId)?.Role;
        var current = team.Stored.ActiveMeetingId is { } id ? await meetings.LoadAsync(team.MeetingPartition(id), ct) : null;
        var inProgress = current is { Ended: false };
        return HelpCard.Build(scope.Texts, new HelpContext(role, admin, inProgress, inProgress && current!.ChairId == scope.ActorId,
            current?.Kind ?? Core.Meetings.MeetingKind.PartyGroupMeeting));
    }
}
