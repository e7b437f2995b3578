namespace PartyGroupBot.Core.Meetings;

/// <summary>An agenda item (议题) as it stands on a meeting's agenda.</summary>
public sealed record AgendaItem(
    string Id,
    string Title,
    VotingMethod Method,
    ItemCategory Category = ItemCategory.Other,
    bool Important = false,
    bool Urgent = false)
{
    /// <summary>AG6 涉密: withheld from channel posts and its materials listed for collection at the end.</summary>
    public bool Confidential { get; init; }

    /// <summary>V7: a personnel item is voted person by person, one ballot per candidate; empty for other items.</summary>
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    /// <summary>Q6: a report (通报) of an emergency decision; heard at the meeting, never voted.</summary>
    public bool Report { get; init; }

    /// <summary>MN1: who presents the item: the member who proposed it (AG1), null for an item typed in at the start.</summary>
    public string? PresenterId { get; init; }

    /// <summary>V8 default: personnel, discipline and finance items are important, as is anything flagged.</summary>
    public bool IsImportant =>
        Important || Category is ItemCategory.Personnel or ItemCategory.Discipline or ItemCategory.Finance;

    /// <summary>
    /// AG5 三重一大: major decisions (the flag), cadre appointments (personnel), major projects and large sums (finance).
    /// Discipline is important for V8 but is not one of the 三重一大.
    /// </summary>
    public bool IsMajor => Important || Category is ItemCategory.Personnel or ItemCategory.Finance;

    public Candidate? FindCandidate(string? candidateId) => Candidates.FirstOrDefault(c => c.Id == candidateId);
}

/// <summary>候选人 on a personnel item (V7). Ids are given by the agenda, stable for the item's life.</summary>
public sealed record Candidate(string Id, string Name);
