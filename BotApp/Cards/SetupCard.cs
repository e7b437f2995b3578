using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>The administrator's set-up form: the team roster with a role per person, and the rule profile.</summary>
public static class SetupCard
{
    public sealed record Person(string AadObjectId, string Name, string CurrentRole);

    public static JObject Build(Texts.Texts t, IEnumerable<Person> roster, string profileId)
    {
        var roleChoices = RoleNames.All
            .Select(r => (t["role." + r], r))
            .Append((t["role.none"], "none"))
            .ToList();
        var body = new List<JToken>
        {
            Title(t["setup.title"]),
            Choices("profile", t["setup.profile"], profileId, RuleProfiles.All.Select(p => (p.Name, p.Id))),
            Text(t["setup.roles"]),
        };
        body.AddRange(roster.Select(p => Choices("role." + p.AadObjectId, p.Name, p.CurrentRole, roleChoices)));
        return Card(body, [Execute(t["setup.save"], Verbs.SaveSetup, style: "positive")]);
    }
}
