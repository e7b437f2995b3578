using System.Text.RegularExpressions;
using PartyGroupBot.Cards;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Docs;

/// <summary>
/// docs/card-protocol.md lists every verb the bot handles, with its data, who may use it and what happens (issue 12).
/// The verbs are read from the routing switch in BotApp/Bot/CardActions.cs itself, so a verb added there without a row
/// in the document fails here.
/// </summary>
[Trait("Category", "Core")]
public class CardProtocolDocTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(RepoRoot.Path, path));

    /// <summary>
    /// Every verb on the left of an arm of <c>RouteAsync</c>'s switch, up to its discard arm: a <c>Verbs.X</c> constant
    /// (read as the value the bot puts on the wire) or a quoted verb.
    /// </summary>
    internal static IReadOnlyList<string> RoutedVerbs()
    {
        var source = Read("BotApp/Bot/CardActions.cs");
        var start = source.IndexOf("RouteAsync(", StringComparison.Ordinal);
        var switchStart = source.IndexOf("verb switch", start, StringComparison.Ordinal);
        var end = source.IndexOf("_ =>", switchStart, StringComparison.Ordinal);
        Assert.True(start >= 0 && switchStart > start && end > switchStart, "CardActions.RouteAsync's switch on the verb was not found");
        return source[switchStart..end].Split('\n')
            .Where(line => line.Contains("=>"))
            .SelectMany(line => Regex.Matches(line[..line.IndexOf("=>", StringComparison.Ordinal)], "\"([A-Za-z]+)\"|\\bVerbs\\.([A-Za-z]+)")
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : Wire(m.Groups[2].Value)))
            .Distinct()
            .ToList();
    }

    private static string Wire(string constant) =>
        typeof(Verbs).GetField(constant)?.GetRawConstantValue() as string
        ?? throw new InvalidOperationException($"CardActions routes Verbs.{constant}, which is not a verb constant");

    /// <summary>The rows of the "## Verbs" table: the verb in the first cell, and the other cells.</summary>
    private static Dictionary<string, string[]> DocumentedVerbs()
    {
        var doc = Read("docs/card-protocol.md");
        var section = doc[doc.IndexOf("## Verbs", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var rows = new Dictionary<string, string[]>();
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `")))
        {
            var cells = line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
            var verb = Regex.Match(cells[0], "^`([A-Za-z]+)`").Groups[1].Value;
            rows.TryAdd(verb, cells);
        }
        return rows;
    }

    [Fact]
    public void The_verbs_are_read_from_the_routing_itself()
    {
        var routed = RoutedVerbs();
        Assert.Contains("castVote", routed);
        Assert.Contains("requestLeave", routed);
        Assert.DoesNotContain("verb", routed);
        Assert.True(routed.Count > 30, $"only {routed.Count} verbs read from CardActions");
    }

    /// <summary>A verb a card can send but the router does not know would be a button that only ever shows a refusal.</summary>
    [Fact]
    public void Every_verb_a_card_can_send_is_routed()
    {
        var routed = RoutedVerbs();
        var unrouted = typeof(Verbs).GetFields().Select(f => (string)f.GetRawConstantValue()!).Where(v => !routed.Contains(v)).ToList();
        Assert.True(unrouted.Count == 0, "Verbs not routed in CardActions: " + string.Join(", ", unrouted));
    }

    [Fact]
    public void Every_verb_routed_in_CardActions_has_a_row_in_the_card_protocol()
    {
        var documented = DocumentedVerbs();
        var missing = RoutedVerbs().Where(v => !documented.ContainsKey(v)).ToList();
        Assert.True(missing.Count == 0, "docs/card-protocol.md has no row for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_row_gives_the_data_who_may_use_it_and_what_happens()
    {
        foreach (var (verb, cells) in DocumentedVerbs())
        {
            Assert.True(cells.Length >= 4, $"{verb}: the row needs data, who and what happens");
            Assert.All(cells.Skip(1), c => Assert.False(string.IsNullOrWhiteSpace(c), $"{verb} has an empty cell"));
        }
    }
}
