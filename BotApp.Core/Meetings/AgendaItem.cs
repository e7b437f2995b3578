namespace PartyGroupBot.Core.Meetings;

/// <summary>An agenda item (议题) as it stands on a meeting's agenda.</summary>
public sealed record AgendaItem(
    string Id,
    string Title,
    VotingMethod Method,
    ItemCategory Category = ItemCategory.Other,
    bool Important = false)
{
    /// <summary>AG6 涉密: withheld from channel posts and its materials listed for collection at the end.</summary>
    public bool Confidential { get; init; }

    /// <summary>V7: an item about named people (<see cref="ItemCategories.IsAboutPeople"/>) is voted person by person, one
    /// ballot per person named; empty for other items.</summary>
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    /// <summary>Q6: a report (通报) of an emergency decision; heard at the meeting, never voted.</summary>
    public bool Report { get; init; }

    /// <summary>AG4 临时议题: why a topic that arose on the day was taken without notice; null for a notified topic.</summary>
    public string? AdHocReason { get; init; }

    /// <summary>MN1: who presents the item: the member who proposed it (AG1), null for an item typed in at the start.</summary>
    public string? PresenterId { get; init; }

    /// <summary>V8 default: items about named people (appointment, nomination, rewards, discipline) and finance items are
    /// important, as is anything flagged 三重一大.</summary>
    public bool IsImportant => Important || Category.IsAboutPeople() || Category == ItemCategory.Finance;

    /// <summary>
    /// AG5 三重一大: major decisions (the flag), cadre appointments and nominations (重要干部任免), major projects and large
    /// sums (finance). Rewards and discipline are important for V8 but are not among the 三重一大.
    /// </summary>
    public bool IsMajor => Important || Category is ItemCategory.Appointment or ItemCategory.Nomination or ItemCategory.Finance;

    public Candidate? FindCandidate(string? candidateId) => Candidates.FirstOrDefault(c => c.Id == candidateId);
}

/// <summary>A person named on an item about people (候选人, V7). Ids are given by the agenda, stable for the item's life.</summary>
public sealed record Candidate(string Id, string Name);
