namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// The test run's one emulator, as a class fixture: the first class that needs it starts it, every other class gets
/// the same one, and it stops when the test process ends (<see cref="Azurite"/> sees to that). Classes keep apart by
/// their own table prefixes, so they run in parallel instead of queueing in one collection.
/// </summary>
public sealed class SharedAzurite : IAsyncLifetime
{
    private static readonly Lazy<Task<Azurite>> Run = new(StartAsync);

    public Azurite Azurite { get; private set; } = null!;
    public string ConnectionString => Azurite.ConnectionString;
    public int Port => Azurite.Port;

    /// <summary>So a class hands its fixture to <see cref="BotServer"/> and the stores as it would the emulator.</summary>
    public static implicit operator Azurite(SharedAzurite shared) => shared.Azurite;

    public async Task InitializeAsync() => Azurite = await Run.Value;

    /// <summary>Other classes may still be using it: it stops with the test process, not when one class is done.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    // xunit 2 has no assembly-wide set-up or teardown: a lazily started instance, stopped when the process ends.
    private static async Task<Azurite> StartAsync()
    {
        var azurite = new Azurite();
        await azurite.InitializeAsync();
        return azurite;
    }
}
