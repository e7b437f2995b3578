using System.Reflection;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// scripts/test.sh selects tests by speed with <c>--filter Category=…</c>, so a test class without a category would run
/// in no selection, and one with two in both. Every class with tests carries exactly one
/// <c>[Trait("Category", …)]</c> of these four, on the class itself.
/// </summary>
[Trait("Category", "Core")]
public sealed class TestCategoryTests
{
    /// <summary>
    /// Core: in the test process, no storage, network or child process (BotApp.Core, cards, texts), seconds for all.
    /// Storage: stores on the shared Azurite. Http: the bot's real HTTP endpoint on Azurite.
    /// System: other processes (the bot as a process, an emulator of its own, node, the browser, LibreOffice, bash).
    /// </summary>
    public static readonly string[] Categories = ["Core", "Storage", "Http", "System"];

    private static IEnumerable<(string Name, string Value)> Traits(IEnumerable<CustomAttributeData> attributes) =>
        attributes.Where(a => a.AttributeType == typeof(TraitAttribute))
            .Select(a => ((string)a.ConstructorArguments[0].Value!, (string)a.ConstructorArguments[1].Value!));

    private static bool IsTest(MethodInfo method) => method.GetCustomAttributes<FactAttribute>(inherit: true).Any();

    private static IEnumerable<Type> TestClasses() => typeof(TestCategoryTests).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(IsTest));

    [Fact]
    public void Every_test_class_has_exactly_one_known_category()
    {
        var classes = TestClasses().ToList();
        Assert.True(classes.Count > 50, $"found only {classes.Count} test classes");
        var wrong = classes
            .Select(c => (Class: c.FullName, Categories: Traits(c.GetCustomAttributesData()).Where(t => t.Name == "Category").Select(t => t.Value).ToList()))
            .Where(c => c.Categories.Count != 1 || !Categories.Contains(c.Categories[0]))
            .Select(c => $"{c.Class}: [{string.Join(", ", c.Categories)}]")
            .ToList();
        Assert.True(wrong.Count == 0,
            $"Each test class needs exactly one [Trait(\"Category\", …)] of {string.Join(", ", Categories)}:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public void No_test_method_sets_its_own_category()
    {
        var wrong = TestClasses().SelectMany(c => c.GetMethods().Where(IsTest))
            .Where(m => Traits(m.GetCustomAttributesData()).Any(t => t.Name == "Category"))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}").ToList();
        Assert.True(wrong.Count == 0, "The category is the class's: " + string.Join(", ", wrong));
    }
}
