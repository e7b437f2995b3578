namespace PartyGroupBot.Storage;

/// <summary>
/// The activity whose turn is running, so each event it appends carries the activity's id (a "cause"): a turn taken
/// over after its first attempt died re-runs the same commands, and a command whose event a log already holds under
/// that cause is not appended again. A turn may append to one log more than once, so the n-th append of a turn to a
/// log has cause "activity#n".
/// </summary>
public static class CausingActivity
{
    private static readonly AsyncLocal<Turn?> Current = new();

    /// <summary>Starts the turn of <paramref name="activityId"/>; disposing it ends it.</summary>
    public static IDisposable Begin(string activityId)
    {
        var previous = Current.Value;
        Current.Value = new Turn(activityId);
        return new End(previous);
    }

    /// <summary>The cause of this turn's next append to <paramref name="log"/>; null outside a turn with an id.</summary>
    public static string? Next(string log) => Current.Value?.Next(log);

    private sealed class Turn(string activityId)
    {
        private readonly Dictionary<string, int> _appends = new();

        public string Next(string log)
        {
            lock (_appends)
            {
                var n = _appends.GetValueOrDefault(log);
                _appends[log] = n + 1;
                return $"{activityId}#{n}";
            }
        }
    }

    private sealed class End(Turn? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
