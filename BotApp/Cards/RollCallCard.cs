using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>点名 (roll call): who is here, the count against the quorum (Q1), the agenda and the chair's buttons.</summary>
public static class RollCallCard
{
    public static JObject Build(Texts.Texts t, MeetingState m)
    {
        // DL4 ⅔ for a democratic life meeting, Q1 for a party group meeting; a study session (MK3) only records attendance.
        var required = m.RequiredToOpenBusiness();
        var present = m.VotingMembersPresent;
        var words = RollCallWords.For(m);
        var body = new List<JToken>
        {
            Title(t[words.Title]),
            Text(t.Format(words.Count, present, m.VotingMemberCount, required)),
            Text(words.Quorum is null ? t["session.study.rollcall.hint"] : present >= required ? t[words.Quorum] : t[words.NoQuorum!], subtle: true),
            // MK1: who presides; a delegate presides 受党组书记委托.
            Text(m.IsDelegated() ? t.Format("rollcall.chairDelegated", Name(m, m.ChairId)) : t.Format("rollcall.chair", Name(m, m.ChairId)), subtle: true),
            Facts(m.Roster.Concat(m.Observers).Select(p => ($"{p.Name}（{t.Role(p.Role)}）", Presence(t, m, p.Id)))),
            Text(t["rollcall.items"]),
            Facts(m.Items.Select(i => (ChannelTitle.Of(t, m, i), m.Kind == MeetingKind.StudyGroup ? StudyStatus(t, i) : ItemStatus(t, i)))),
        };
        // Q1 with V3: the meeting may open with exactly half, but no item can pass until one more arrives.
        if (m.Kind == MeetingKind.PartyGroupMeeting && present >= required && m.NoItemCanPass()) body.Insert(3, Text(t["quorum.cannotPass"]));
        var data = new { meetingId = m.Id };
        if (m.Ended) return Card(body);
        // Each item's buttons sit under the agenda in their own set: hosts cap a card's own actions (5 in the renderer),
        // and an agenda can be longer than that.
        foreach (var i in m.Items)
        {
            var ids = new { meetingId = m.Id, itemId = i.Item.Id };
            var buttons = new List<JObject>();
            if (i.Status == Core.Meetings.ItemStatus.Pending)
            {
                if (i.DiscussionOpenedAt is null) buttons.Add(Execute(t.Format(words.Discuss, ChannelTitle.Of(t, m, i)), Verbs.OpenDiscussion, ids));
                // MK3: nothing is voted at a study session.
                if (m.Kind != MeetingKind.StudyGroup) buttons.Add(Execute(t.Format("rollcall.open", ChannelTitle.Of(t, m, i)), Verbs.OpenVote, ids));
            }
            // After a lost card (a reload, a new device) the open ballot is one click away.
            if (i.Status == Core.Meetings.ItemStatus.Open)
                buttons.Add(Execute(t.Format("rollcall.showBallot", ChannelTitle.Of(t, m, i)), Verbs.RefreshBallot, ids));
            if (buttons.Count > 0) body.Add(ActionSet(buttons));
        }
        return Card(body,
        [
            Execute(t["rollcall.checkin"], Verbs.CheckIn, data, "positive"),
            Execute(t["rollcall.leave"], Verbs.LeaveMeeting, data),
            Execute(t["rollcall.end"], Verbs.EndMeeting, data, "destructive"),
        ]);
    }

    private static string Name(MeetingState m, string id) => m.Member(id)?.Name ?? id;

    private static string Presence(Texts.Texts t, MeetingState m, string id) =>
        m.IsPresent(id) ? t["rollcall.present"]
        : m.IsOnApprovedLeave(id) ? t["rollcall.onLeave"]
        : m.LeaveRequests.ContainsKey(id) ? t["rollcall.leaveRequested"]
        : m.WasEverPresent(id) ? t["rollcall.left"]
        : t["rollcall.absent"];

    private static string StudyStatus(Texts.Texts t, ItemState i) =>
        i.DiscussionOpenedAt is null ? t["session.study.item.pending"] : t["session.study.item.discussing"];

    private static string ItemStatus(Texts.Texts t, ItemState i) => i.Status switch
    {
        Core.Meetings.ItemStatus.Open => t["item.open"],
        Core.Meetings.ItemStatus.Closed => $"{t["item.closed"]} · {t.Outcome(i.Tally!.Outcome)}",
        _ when i.DiscussionOpenedAt is not null => t["item.discussing"],
        _ => t["item.pending"],
    };
}
