using PartyGroupBot.Bot;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Tab;

/// <summary>One row of the 督办台账 (IM2): owner, due date, latest progress, done or overdue.</summary>
public sealed record DecisionView(
    string Id, string Title, string Owner, string Due, string? Progress, string? ProgressOn, bool Completed, bool Overdue);

public static class DecisionLedger
{
    /// <summary>
    /// IM2: the office director follows up every decision of the group; anyone else sees the decisions they own, as the
    /// bot's 我的督办 card shows them. Decisions replaced by a later one (IM1) are followed through their replacement.
    /// </summary>
    public static IReadOnlyList<DecisionView> For(TeamGroup team, AgendaState agenda, string viewerId, DateTimeOffset now)
    {
        var group = team.Stored.Group;
        var clock = new GroupClock(group.Profile);
        var today = clock.Day(now);
        var office = group.Find(viewerId)?.Role == Role.OfficeDirector;
        return agenda.Decisions
            .Where(d => agenda.SupersededBy(d.DecisionId) is null && (office || d.OwnerId == viewerId))
            .OrderBy(d => d.Due).ThenBy(d => d.At)
            .Select(d =>
            {
                var latest = agenda.ProgressOf(d.DecisionId).LastOrDefault();
                var done = agenda.CompletionOf(d.DecisionId) is not null;
                return new DecisionView(d.DecisionId, d.Title, group.Find(d.OwnerId)?.Name ?? d.OwnerId, d.Due.ToString("yyyy-MM-dd"),
                    latest?.Text, latest is null ? null : clock.Day(latest.At).ToString("yyyy-MM-dd"), done,
                    !done && FollowUps.IsOverdue(d, today));
            })
            .ToList();
    }
}
