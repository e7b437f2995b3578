namespace PartyGroupBot.Core.Meetings;

/// <summary>Agenda item category (AG7); decides the item's quorum and voting rules.</summary>
public enum ItemCategory
{
    /// <summary>干部任免/推荐/提名/奖惩</summary>
    Personnel,
    /// <summary>处分党员</summary>
    Discipline,
    /// <summary>Purchases or payments from the profile's threshold.</summary>
    Finance,
    Policy,
    PartyBuilding,
    Other,
}
