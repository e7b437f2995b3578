using System.Text.RegularExpressions;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Cards;

/// <summary>
/// Cards draw what they are given and name the verbs Teams sends back; they take nothing from the Bot layer (issue 17),
/// so a card can be built and read without handlers, and the handlers can change without touching a card.
/// </summary>
[Trait("Category", "Core")]
public class CardLayerTests
{
    [Fact]
    public void No_card_uses_a_type_of_the_Bot_layer()
    {
        var folder = Path.Combine(RepoRoot.Path, "BotApp", "Cards");
        var offenders = Directory.GetFiles(folder, "*.cs")
            .SelectMany(f => File.ReadAllLines(f).Select((line, n) => (File: Path.GetFileName(f), Line: n + 1, Text: line)))
            .Where(l => Regex.IsMatch(l.Text, @"\bPartyGroupBot\.Bot\b|(?<![\w.])Bot\.[A-Z]"))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(Directory.GetFiles(folder, "*.cs").Length > 40, "BotApp/Cards was not found");
        Assert.True(offenders.Count == 0, "Cards refer to the Bot layer:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_input_is_built_by_CardJson()
    {
        var folder = Path.Combine(RepoRoot.Path, "BotApp", "Cards");
        var raw = Directory.GetFiles(folder, "*.cs").Where(f => Path.GetFileName(f) != "CardJson.cs")
            .SelectMany(f => File.ReadAllLines(f).Where(l => Regex.IsMatch(l, "\"Input\\.(Text|Toggle|Date|Time|Number|ChoiceSet)\"")).Select(l => $"{Path.GetFileName(f)}: {l.Trim()}"))
            .ToList();
        Assert.True(raw.Count == 0, "Inputs written out by hand instead of through CardJson:\n" + string.Join("\n", raw));
    }
}
