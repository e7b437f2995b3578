using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;

namespace PartyGroupBot.Core.Minutes;

/// <summary>
/// MN5: what members absent from the meeting (缺席 and on leave) are told of its decisions once the minutes are signed.
/// Built from the channel's minutes only, so confidential items never reach it (AG6, MN6); it holds titles and outcomes,
/// never a name of who voted how, a statement or a reservation.
/// </summary>
public sealed record Briefing(string MeetingId, DateTimeOffset StartedAt, IReadOnlyList<BriefedDecision> Decisions)
{
    /// <summary>MN5: who the chair designated to brief, named so the absent member knows whom to ask; null if nobody yet.</summary>
    public string? Briefer { get; init; }

    public static Briefing From(Minutes minutes)
    {
        if (!minutes.IsSigned) throw new InvalidOperationException("Absent members are briefed on signed minutes only (MN3, MN5).");
        var open = minutes.ForChannel();
        return new Briefing(minutes.MeetingId, minutes.StartedAt, open.Items
            .Select(i => new BriefedDecision(i.Title, i.Tally?.Outcome,
                i.Candidates.Select(c => new BriefedCandidate(c.Name, c.Tally.Outcome)).ToList()))
            .ToList())
        { Briefer = minutes.Briefer };
    }
}

/// <summary>An item's title and outcome (null when it was not voted); a personnel item's outcome per candidate (V7).</summary>
public sealed record BriefedDecision(string Title, VoteOutcome? Outcome, IReadOnlyList<BriefedCandidate> Candidates);

public sealed record BriefedCandidate(string Name, VoteOutcome Outcome);
