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
    /// <summary>V8 default: personnel, discipline and finance items are important, as is anything flagged.</summary>
    public bool IsImportant =>
        Important || Category is ItemCategory.Personnel or ItemCategory.Discipline or ItemCategory.Finance;
}
