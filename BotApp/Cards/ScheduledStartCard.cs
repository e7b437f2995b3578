using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Meetings;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The start card when meetings are scheduled for today: each one offered with the start button of its kind
/// (startMeeting, startDemocraticLife, startStudySession) carrying its meetingId, above the ad-hoc form, which stays.</summary>
public static class ScheduledStartCard
{
    public static JObject Build(
        Texts.Texts t, IReadOnlyList<(MeetingScheduled Plan, IReadOnlyList<AgendaItem> Items)> today, JObject? adHoc, string verb)
    {
        // A delegated chair (MK1) convenes only their own meeting: no unscheduled form under it.
        var card = (JObject?)adHoc?.DeepClone() ?? Card([]);
        var body = (JArray)card["body"]!;
        var top = new List<JToken> { Title(t["agenda.start.scheduled"]) };
        foreach (var (plan, items) in today)
        {
            var time = plan.Time.ToString("HH:mm");
            var titles = string.Join(t.English ? "; " : "；", items.Select(i => i.Confidential ? t["agenda.notice.confidential"].Trim() : i.Title));
            top.Add(Text(t.Format("agenda.start.scheduledItems", plan.Date.ToString("yyyy-MM-dd"), time, plan.Place, titles)));
            var start = Execute(t.Format("agenda.start.scheduledButton", time), verb, new { meetingId = plan.MeetingId }, "positive");
            // The ad-hoc form's required inputs are not this button's business.
            start["associatedInputs"] = "none";
            top.Add(ActionSet([start]));
        }
        if (adHoc is not null) top.Add(Text(t["agenda.start.adHoc"], subtle: true));
        for (var i = top.Count - 1; i >= 0; i--) body.Insert(0, top[i]);
        return card;
    }
}
