using PartyGroupBot.Cards;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Bot;

/// <summary>
/// Who has voted on an item (or on each candidate of a personnel item, V7): from the log for open methods,
/// from the ballot boxes for secret ones, which know voters but never their choices (V2).
/// </summary>
public sealed class BallotViews(BallotStore ballots)
{
    public async Task<BallotView> ForAsync(TeamGroup team, MeetingState state, ItemState item, string? viewer, CancellationToken ct)
    {
        if (item.Item.Method != VotingMethod.Secret) return ForOpenMethod(team, state, item, viewer);
        var partition = team.MeetingPartition(state.Id);
        async Task<IReadOnlyCollection<string>> VotersAsync(string? candidateId) =>
            (await ballots.ReadBoxAsync(partition, item.Item.Id, candidateId, ct)).Voters;
        var byCandidate = new Dictionary<string, IReadOnlyCollection<string>>();
        foreach (var c in item.Item.Candidates) byCandidate[c.Id] = await VotersAsync(c.Id);
        return View(team, state, item, viewer, byCandidate, item.Item.Candidates.Count == 0 ? await VotersAsync(null) : null);
    }

    /// <summary>An item voted in the open: everything is in the meeting already, so nothing is read.</summary>
    public static BallotView ForOpenMethod(TeamGroup team, MeetingState state, ItemState item, string? viewer)
    {
        var byCandidate = item.Item.Candidates.ToDictionary(
            c => c.Id, c => (IReadOnlyCollection<string>)item.BallotsOn(c.Id).Select(b => b.VoterId).ToList());
        return View(team, state, item, viewer, byCandidate,
            item.Item.Candidates.Count == 0 ? item.BallotsOn(null).Select(b => b.VoterId).ToList() : null);
    }

    private static BallotView View(
        TeamGroup team, MeetingState state, ItemState item, string? viewer,
        Dictionary<string, IReadOnlyCollection<string>> byCandidate, IReadOnlyCollection<string>? itemVoters)
    {
        // On a personnel item a member has voted once they have stated on every candidate.
        IReadOnlyCollection<string> voted = itemVoters
            ?? byCandidate.Values.Aggregate((IEnumerable<string>?)null, (all, v) => all is null ? v : all.Intersect(v))!.ToList();

        var refresh = state.Roster
            .Where(p => state.IsPresent(p.Id) && team.Stored.TeamsAccounts.ContainsKey(p.Id))
            .Select(p => team.Stored.TeamsAccounts[p.Id])
            .ToList();
        return new BallotView(state, item, voted, viewer, refresh, byCandidate);
    }

    /// <summary>The boxes a secret close needs: one per candidate of a personnel item, else the item's own.</summary>
    public static IReadOnlyList<string?> BoxesOf(ItemState item) =>
        item.Item.Candidates.Count == 0 ? [null] : item.Item.Candidates.Select(c => (string?)c.Id).ToList();
}
