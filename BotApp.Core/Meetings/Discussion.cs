namespace PartyGroupBot.Core.Meetings;

/// <summary>讨论: the chair opens an item's discussion before its vote (V1); members speak, the chair last (V5).</summary>
public sealed record DiscussionOpened(DateTimeOffset At, string ItemId) : MeetingEvent(At);

public static class Discussion
{
    /// <summary>
    /// V1: the chair opens the discussion of a pending item, one item at a time (V6). Opening the vote ends it;
    /// a vote opened straight away counts as a discussion that nobody asked to speak in.
    /// </summary>
    public static Result<MeetingEvent> OpenDiscussion(this MeetingState m, string actorId, string? itemId, DateTimeOffset now)
    {
        if (m.Ended) return new Refusal(RuleIds.MK1, RefusalCode.MeetingEnded);
        var item = m.Item(itemId);
        if (m.MayPreside(actorId, item) is { } notChair) return notChair;
        if (item is null) return new Refusal(RuleIds.V6, RefusalCode.ItemNotFound);
        if (item.Status == ItemStatus.Closed) return new Refusal(RuleIds.V10, RefusalCode.ItemClosed);
        if (item.Status == ItemStatus.Open || m.OpenItem is not null) return new Refusal(RuleIds.V6, RefusalCode.AnotherItemOpen);
        if (m.ItemInDiscussion is not null) return new Refusal(RuleIds.V6, RefusalCode.AnotherItemOpen);
        // DL4: a democratic life meeting's business is its discussion (批评与自我批评), so ⅔ must be there before it begins.
        if (m.Started.Kind == MeetingKind.DemocraticLifeMeeting && m.CanOpenBusiness() is { } notEnough) return notEnough;
        // Q2 "讨论和决定干部任免事项必须有三分之二以上党组成员到会": the discussion needs the ⅔ too, not only the vote.
        // A study session (MK3) discusses without a quorum.
        if (m.Started.Kind == MeetingKind.PartyGroupMeeting && m.ItemQuorum(item) is { } noQuorum) return noQuorum;
        return new DiscussionOpened(now, item.Item.Id);
    }
}
