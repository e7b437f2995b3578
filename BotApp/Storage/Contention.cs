using System.Diagnostics;

namespace PartyGroupBot.Storage;

/// <summary>
/// An optimistic write that lost to a concurrent writer (409 on append, 412 on a box) is not an outage: try again
/// after a short random pause, so a crowd of members clicking at once all get in, within a budget a user will wait.
/// </summary>
public static class Contention
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    /// <param name="attempt">Returns Done = false when it lost the race and should run again on fresh state.</param>
    public static async Task<T> RetryAsync<T>(Func<int, Task<(bool Done, T Value)>> attempt, string what, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var pauseMs = 10;
        for (var n = 0; ; n++)
        {
            var (done, value) = await attempt(n);
            if (done) return value;
            if (Stopwatch.GetElapsedTime(started) > Budget) throw new StorageUnavailableException(what);
            await Task.Delay(Random.Shared.Next(pauseMs / 2, pauseMs + 1), ct);
            pauseMs = Math.Min(pauseMs * 2, 250);
        }
    }
}
