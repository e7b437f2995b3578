using System.Diagnostics;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// Waits for what the bot does on its own time (a background send, a reminder scan, an export batch, a page's
/// websocket): polls until it holds and fails naming what was awaited. The limit only keeps a broken run from hanging;
/// a test whose point is a time limit says so with its own <c>within</c>.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Often = TimeSpan.FromMilliseconds(50);

    /// <param name="what">What should happen, for the failure message: "every due reminder to be sent".</param>
    /// <param name="seen">What there was instead, for the failure message.</param>
    public static Task That(Func<bool> done, string what, TimeSpan? within = null, Func<string>? seen = null) =>
        That(() => Task.FromResult(done()), what, within, Often, seen);

    /// <param name="every">How long to pause between looks, for a look that costs a turn of its own.</param>
    public static async Task That(Func<Task<bool>> done, string what, TimeSpan? within = null, TimeSpan? every = null, Func<string>? seen = null)
    {
        var limit = within ?? Patience;
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > limit)
                Assert.Fail($"Gave up after {limit.TotalSeconds:0.#} s waiting for {what}." + (seen is null ? "" : $" Instead: {seen()}"));
            await Task.Delay(every ?? Often);
        }
    }
}
