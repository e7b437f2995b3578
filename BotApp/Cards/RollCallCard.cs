using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Rules;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>点名 (roll call): who is here, the count against the quorum (Q1), the agenda and the chair's buttons.</summary>
public static class RollCallCard
{
    public static JObject Build(Texts.Texts t, MeetingState m)
    {
        var required = Quorum.RequiredToOpen(m.VotingMemberCount, m.Profile.OpeningQuorum);
        var present = m.VotingMembersPresent;
        var body = new List<JToken>
        {
            Title(t["rollcall.title"]),
            Text(t.Format("rollcall.count", present, m.VotingMemberCount, required)),
            Text(present >= required ? t["rollcall.quorum"] : t["rollcall.noquorum"], subtle: true),
            Facts(m.Roster.Concat(m.Observers).Select(p => ($"{p.Name}（{t.Role(p.Role)}）", Presence(t, m, p.Id)))),
            Text(t["rollcall.items"]),
            Facts(m.Items.Select(i => (i.Item.Title, ItemStatus(t, i)))),
        };
        var data = new { meetingId = m.Id };
        var actions = new List<JToken> { Execute(t["rollcall.checkin"], "checkIn", data, "positive") };
        foreach (var i in m.Items.Where(i => i.Status == Core.Meetings.ItemStatus.Pending))
        {
            var ids = new { meetingId = m.Id, itemId = i.Item.Id };
            if (i.DiscussionOpenedAt is null) actions.Add(Execute(t.Format("rollcall.discuss", i.Item.Title), "openDiscussion", ids));
            actions.Add(Execute(t.Format("rollcall.open", i.Item.Title), "openVote", ids));
        }
        // After a lost card (a reload, a new device) the open ballot is one click away.
        actions.AddRange(m.Items.Where(i => i.Status == Core.Meetings.ItemStatus.Open)
            .Select(i => Execute(t.Format("rollcall.showBallot", i.Item.Title), "refreshBallot", new { meetingId = m.Id, itemId = i.Item.Id })));
        actions.Add(Execute(t["rollcall.leave"], "leaveMeeting", data));
        actions.Add(Execute(t["rollcall.end"], "endMeeting", data, "destructive"));
        return Card(body, m.Ended ? [] : actions);
    }

    private static string Presence(Texts.Texts t, MeetingState m, string id) =>
        m.IsPresent(id) ? t["rollcall.present"]
        : m.IsOnApprovedLeave(id) ? t["rollcall.onLeave"]
        : m.LeaveRequests.ContainsKey(id) ? t["rollcall.leaveRequested"]
        : m.WasEverPresent(id) ? t["rollcall.left"]
        : t["rollcall.absent"];

    private static string ItemStatus(Texts.Texts t, ItemState i) => i.Status switch
    {
        Core.Meetings.ItemStatus.Open => t["item.open"],
        Core.Meetings.ItemStatus.Closed => $"{t["item.closed"]} · {t.Outcome(i.Tally!.Outcome)}",
        _ when i.DiscussionOpenedAt is not null => t["item.discussing"],
        _ => t["item.pending"],
    };
}
