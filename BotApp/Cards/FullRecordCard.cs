using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// The full record, sent privately to a member whose request was approved (MN2): every item, the confidential ones
/// included, named ballots of the open methods, the recorder's notes and the corrections; a secret item still shows
/// counts only (V2). It ends with who asked for, approved and read the record.
/// </summary>
public static class FullRecordCard
{
    /// <param name="decisions">IM1: the group's recorded decisions; those of this meeting show with owner and due date.</param>
    public static JObject Build(
        Texts.Texts t, MeetingState m, string readerId, string approverId, IEnumerable<Core.Agenda.DecisionRecorded>? decisions = null)
    {
        string Name(string id) => m.Member(id)?.Name ?? id;
        var minutes = Core.Minutes.Minutes.Draft(m, decisions);
        var body = new List<JToken>
        {
            Title(t["record.full.title"]),
            new JObject { ["type"] = "TextBlock", ["text"] = t.Format("record.full.hint", Name(approverId), Name(readerId)), ["wrap"] = true, ["color"] = "Attention" },
        };
        body.AddRange(MinutesBody.Build(t, minutes, m.Profile));
        if (minutes.MaterialsToCollect.Count > 0)
            body.Add(Text(t.Format("record.full.confidential", string.Join("、", minutes.MaterialsToCollect))));
        if (minutes.IsSigned)
            body.Add(Text(t.Format("minutes.signed", minutes.SignedBy!, LocalTime.Minute(minutes.SignedAt!.Value, m.Profile)), subtle: true));
        body.Add(Title(t["record.full.access"]));
        var trail = m.RecordAccessRequests.Select(r => (r.At, t.Format("record.full.requested", LocalTime.Minute(r.At, m.Profile), Name(r.MemberId), r.Reason)))
            .Concat(m.RecordAccessApprovals.Select(a => (a.At, t.Format("record.full.approved", LocalTime.Minute(a.At, m.Profile), Name(a.ApproverId), Name(a.MemberId)))))
            .Concat(m.RecordReads.Select(r => (r.At, t.Format("record.full.read", LocalTime.Minute(r.At, m.Profile), Name(r.MemberId)))))
            .OrderBy(x => x.At)
            .Select(x => "- " + x.Item2);
        body.Add(Text(string.Join("\n", trail), subtle: true));
        return Card(body);
    }
}
