using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Agenda;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 委托主持 (MK1, A13(2)): the secretary who cannot attend names, for each party group meeting scheduled and not yet
/// opened, the profile's delegate who convenes and presides, or themself again.
/// </summary>
public static class DelegateChairCard
{
    public static JObject Build(
        Texts.Texts t, IReadOnlyList<MeetingScheduled> upcoming, IReadOnlyList<ScheduleMeetingCard.Person> delegates,
        AgendaState agenda, string secretaryId)
    {
        var body = new List<JToken> { Title(t["delegate.title"]) };
        if (upcoming.Count == 0 || delegates.Count == 0)
        {
            body.Add(Text(t[upcoming.Count == 0 ? "delegate.noMeeting" : "delegate.noDelegate"]));
            return Card(body);
        }
        foreach (var plan in upcoming)
        {
            body.Add(Text($"{plan.Date:yyyy-MM-dd} {plan.Time:HH\\:mm} {plan.Place}", subtle: false));
            var id = $"delegate.{plan.MeetingId}";
            body.Add(Choices(id, t["delegate.chairLabel"], agenda.ChairOf(plan.MeetingId) ?? secretaryId,
                new[] { (t["delegate.secretaryPresides"], secretaryId) }.Concat(delegates.Select(d => (t.Format("delegate.choice", d.Name), d.AadObjectId)))));
            body.Add(ActionSet([Execute(t["delegate.submit"], Verbs.DelegateChair, new { meetingId = plan.MeetingId, input = id }, "positive")]));
        }
        return Card(body);
    }
}
