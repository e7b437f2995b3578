using PartyGroupBot.Core;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>The party group of the team a turn belongs to.</summary>
public sealed record TeamGroup(GroupKey Key, StoredGroup Stored)
{
    public string MeetingPartition(string meetingId) => Key.Meeting(meetingId);
}

public sealed class TeamGroups(GroupStore groups)
{
    /// <summary>Not rule refusals but set-up problems, so they carry no rule ID.</summary>
    public async Task<Result<TeamGroup>> FindAsync(TurnScope scope, CancellationToken ct)
    {
        if (scope.Group is not { } key) return new Refusal("", RefusalCode.NotInTeam);
        var stored = await groups.GetAsync(key, ct);
        if (stored is null) return new Refusal("", RefusalCode.GroupNotSetUp);
        return new TeamGroup(key, stored);
    }
}
