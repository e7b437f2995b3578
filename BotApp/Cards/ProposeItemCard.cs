using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>议题申报: a voting member proposes a topic for the secretary to decide (AG1). The amount lets the profile's
/// threshold decide a finance item (AG7); a personnel topic names its candidates, one ballot each (V7).</summary>
public static class ProposeItemCard
{
    /// <summary>AG7: the first four are about named people and are voted person by person (V7).</summary>
    public static readonly string[] Categories = ["policy", "appointment", "nomination", "rewards", "discipline", "finance", "partyBuilding", "other"];
    public static readonly string[] Methods = ["recorded", "secret", "hands", "oral"];

    public static JObject Build(Texts.Texts t, RuleProfile profile)
    {
        var body = new List<JToken>
        {
            Title(t["agenda.propose.title"]),
            Text(t["agenda.propose.hint"], subtle: true),
            TextInput("title", t["agenda.propose.itemTitle"]).Required(t["agenda.propose.titleRequired"]).MaxLength(200),
            Choices("category", t["agenda.propose.category"], "policy", Categories.Select(c => (t["agenda.category." + c], c))),
            Choices("method", t["agenda.propose.method"], "recorded", Methods.Select(m => (t["method." + m], m))),
            Toggle("important", t["agenda.propose.important"]),
            Toggle("confidential", t["agenda.propose.confidential"]),
        };
        // AG3: only a profile that asks for the director's consent needs to know.
        if (profile.DirectorConsentForAdministrativeItems) body.Add(Toggle("administrative", t["agenda.propose.administrative"]));
        body.Add(NumberInput("amount", t["agenda.propose.amount"], 0));
        body.Add(Text(t.Format("agenda.propose.amountHint", profile.FinanceThresholdYuan.ToString("#,0")), subtle: true));
        body.Add(TextInput("candidates", t["agenda.propose.candidates"], multiline: true));
        // AG4: a topic that arose on the day, taken at the meeting under way with the reason it could not wait.
        body.Add(Toggle("adHoc", t["agenda.propose.adHoc"]));
        body.Add(TextInput("adHocReason", t["agenda.propose.adHocReason"], multiline: true).MaxLength(500));
        return Card(body, [Execute(t["agenda.propose.submit"], Verbs.ProposeItem, style: "positive")]);
    }
}
