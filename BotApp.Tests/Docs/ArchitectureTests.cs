using System.Reflection;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Docs;

/// <summary>
/// The rules of a click's way through, as docs/architecture.md states them (issue 17): a handler never calls another
/// handler, storage reports facts and never words a refusal or builds a card, cards never reach into the dialog layer.
/// Each names the place that breaks it.
/// </summary>
[Trait("Category", "Core")]
public class ArchitectureTests
{
    private static readonly Assembly Bot = typeof(PartyGroupBot.Bot.VerbTurn).Assembly;

    private static IEnumerable<(string File, string Text)> Sources(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(RepoRoot.Path, f), File.ReadAllText(f)));

    [Fact]
    public void No_handler_takes_another_handler()
    {
        var handlers = Bot.GetTypes().Where(t => t.Namespace == "PartyGroupBot.Bot" && t.Name.EndsWith("Handler")).ToList();
        Assert.NotEmpty(handlers);
        var calls = handlers
            .SelectMany(h => h.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => p.ParameterType.Name.EndsWith("Handler"))
                .Select(p => $"{h.Name} takes {p.ParameterType.Name}"))
            .ToList();
        Assert.Empty(calls);
    }

    [Fact]
    public void Storage_words_no_refusal_and_builds_no_card()
    {
        var breaks = Sources("BotApp/Storage")
            .SelectMany(s => new[] { "new Refusal(", "Refusals.", "PartyGroupBot.Cards", "JObject" }
                .Where(s.Text.Contains).Select(found => $"{s.File}: {found}"))
            .ToList();
        Assert.Empty(breaks);
    }

    [Fact]
    public void Cards_do_not_reach_into_the_dialog_layer()
    {
        var breaks = Sources("BotApp/Cards").Where(s => s.Text.Contains("PartyGroupBot.Bot")).Select(s => s.File).ToList();
        Assert.Empty(breaks);
        var cardTypes = Bot.GetTypes().Where(t => t.Namespace == "PartyGroupBot.Cards").ToList();
        Assert.NotEmpty(cardTypes);
        var uses = cardTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
                .Where(p => p.Namespace == "PartyGroupBot.Bot")
                .Select(p => $"{t.Name} uses {p.Name}"))
            .ToList();
        Assert.Empty(uses);
    }

    /// <summary>docs/architecture.md says of every verb the bot routes whether it runs on VerbTurn or why not.</summary>
    [Fact]
    public void Every_routed_verb_is_placed_in_the_architecture_page()
    {
        var page = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs/architecture.md"));
        var verbs = CardProtocolDocTests.RoutedVerbs();
        Assert.NotEmpty(verbs);
        Assert.Empty(verbs.Where(v => !page.Contains($"`{v}`")).ToList());
    }
}
