using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The signed minutes as posted to the channel (MN3): only ever built from signed minutes.</summary>
public static class MinutesCard
{
    public static JObject Build(Texts.Texts t, Core.Minutes.Minutes minutes, RuleProfile profile)
    {
        if (!minutes.IsSigned) throw new InvalidOperationException("Unsigned minutes are never posted (MN3).");
        var body = new List<JToken> { Title(MinutesBody.KindTitle(t, minutes)) };
        body.AddRange(MinutesBody.Build(t, minutes, profile));
        body.Add(Text(t.Format("minutes.signed", minutes.SignedBy!, LocalTime.Minute(minutes.SignedAt!.Value, profile)), subtle: true));
        if (minutes.ChainHead is { } head) body.Add(Text(t.Format("minutes.chainHead", head), subtle: true));
        return Card(body);
    }
}
