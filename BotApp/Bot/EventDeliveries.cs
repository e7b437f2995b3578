using PartyGroupBot.Cards;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.MinutesDocs;
using static PartyGroupBot.Texts.Texts;

namespace PartyGroupBot.Bot;

/// <summary>
/// Who is told what once an event is stored, in one place: the handler that stored it answers the clicker, and
/// <see cref="Deliveries"/> sends these. Cards to members and the channel are zh-CN, the group's official language.
/// </summary>
public static class EventDeliveries
{
    /// <summary>
    /// MinutesSigned (MN3): the channel gets the minutes without confidential items (AG6, MN6), the absent are told
    /// privately (MN5; DL4 for a democratic life meeting; a study session, MK3, decided nothing to brief on), and the Word
    /// document goes into the channel's files.
    /// </summary>
    public static IReadOnlyList<Delivery> MinutesSigned(TeamGroup team, MeetingState state, Minutes minutes)
    {
        List<Delivery> owed = [new ToChannel(MinutesCard.Build(Chinese, minutes.ForChannel(), state.Profile), WaitingKey: "minutes.postFailed")];
        if (state.Kind == MeetingKind.DemocraticLifeMeeting)
            owed.AddRange(state.MustBeToldOfOutcome().Select(a => new ToMember(a.Id, DemocraticLifeOutcomeCard.Build(Chinese, state, a.Id))));
        else if (state.Kind == MeetingKind.PartyGroupMeeting)
        {
            // Titles and outcomes from the channel's minutes: no confidential item and no named ballot (MN6).
            var briefing = BriefingCard.Build(Chinese, Briefing.From(Minutes.Draft(state)), state.Profile);
            owed.AddRange(state.ToBeBriefed().Select(a => new ToMember(a.Id, briefing)));
        }
        if (team.Stored.AadGroupId is { } groupId)
            owed.Add(new ToChannelFiles(groupId, team.Key.TeamId, MinutesDocument.FileName(minutes, state.Profile),
                () => MinutesDocument.Build(minutes, state.Profile)));
        return owed;
    }

    /// <summary>
    /// VoteClosed (IM1): for each passed item or candidate, the decision form to the secretary and the office directors,
    /// who record the decision in the 决策台账.
    /// </summary>
    public static IReadOnlyList<Delivery> VoteClosed(TeamGroup team, MeetingState state, string? itemId, DateOnly today)
    {
        if (state.Item(itemId) is not { Status: ItemStatus.Closed } item) return [];
        var passed = item.Item.Candidates.Count > 0
            ? item.CandidateTallies.Where(c => c.Tally.Outcome == VoteOutcome.Passed)
                .Select(c => ((string?)c.CandidateId, $"{item.Item.Title}：{c.Name}")).ToList()
            : item.Tally?.Outcome == VoteOutcome.Passed ? [((string?)null, item.Item.Title)] : [];
        var members = state.Roster.Select(m => new DecisionCard.Person(m.Id, m.Name)).ToList();
        var recorders = new[] { state.Started.SecretaryId }
            .Concat(team.Stored.Group.Members.Where(m => m.Role == Role.OfficeDirector).Select(m => m.Id)).Distinct().ToList();
        return [.. from p in passed
                   let card = DecisionCard.Build(Chinese, team.Key.TeamId, state.Id, item.Item.Id, p.Item1, p.Item2, members, today)
                   from recorder in recorders
                   select new ToMember(recorder, card)];
    }

    /// <summary>LeaveApproved before the meeting opened (Q3): the member is told, and gets a card per item for a written opinion (V4).</summary>
    public static IReadOnlyList<Delivery> LeaveApproved(TeamGroup team, AgendaState agenda, MeetingScheduled plan, string member)
    {
        var label = LeaveRequestCard.Label(Chinese, plan);
        List<Delivery> owed = [new ToMember(member, NoticeCard.Build(Chinese["leave.title"], Chinese.Format(OpinionsWanted(plan.Kind), label)))];
        // V4: confidential titles go only into this private chat (MN6).
        if (plan.Kind == MeetingKind.PartyGroupMeeting)
            owed.AddRange(agenda.ItemsOf(plan.MeetingId).Select(item => new ToMember(member, WrittenOpinionCard.Build(Chinese, plan.MeetingId, team.Key.TeamId, item))));
        return owed;
    }

    /// <summary>
    /// LeaveApproved at the meeting (Q3): the member states in writing, once at a democratic life meeting (DL4), per open
    /// item at a party group meeting (V4); a study session (MK3) has nothing to opine on.
    /// </summary>
    public static IReadOnlyList<Delivery> LeaveApproved(TeamGroup team, MeetingState state, string member) => state.Kind switch
    {
        MeetingKind.DemocraticLifeMeeting => [new ToMember(member, WrittenStatementCard.Build(Chinese, state.Id, team.Key.TeamId))],
        MeetingKind.PartyGroupMeeting => [.. state.Items.Where(i => i.Status != ItemStatus.Closed)
            .Select(i => new ToMember(member, WrittenOpinionCard.Build(Chinese, state.Id, team.Key.TeamId, i.Item)))],
        _ => [],
    };

    private static string OpinionsWanted(MeetingKind kind) => kind switch
    {
        MeetingKind.PartyGroupMeeting => "leave.approvedToMember",
        MeetingKind.DemocraticLifeMeeting => "leave.approvedToMemberDemocraticLife",
        _ => "leave.approvedToMemberStudy",
    };
}
