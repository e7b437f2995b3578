using System.Reflection;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("PartyGroupBot.Tests.Infrastructure.LongestFirst", "BotApp.Tests")]

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// A test class that takes tens of seconds, mostly waiting (a browser, a connector that fails for 30 s, storage that
/// hangs): <see cref="LongestFirst"/> starts it before the quick ones, so it is not the last to finish.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TakesLongAttribute(int seconds) : Attribute
{
    /// <summary>About how long the class took in a whole run on the 2-core machine (scripts/slowest-tests.sh prints it).</summary>
    public int Seconds { get; } = seconds;
}

/// <summary>
/// Four classes run at a time (xunit.runner.json) in the order this gives: the longest first, as one packs a van, so
/// that a 40-second class started last does not keep the run going alone while the other threads have finished.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private const string Prefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> collections) =>
        collections.OrderByDescending(Seconds).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    // Each class is its own collection (none is declared), named after the class.
    private static int Seconds(ITestCollection collection) =>
        collection.DisplayName.StartsWith(Prefix)
        && typeof(LongestFirst).Assembly.GetType(collection.DisplayName[Prefix.Length..]) is { } type
        && type.GetCustomAttribute<TakesLongAttribute>() is { } takesLong
            ? takesLong.Seconds
            : 0;
}
