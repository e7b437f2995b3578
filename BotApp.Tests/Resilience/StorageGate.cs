using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Sits between the bot and Azurite and holds the table transactions that match until released: a write decided on
/// an earlier read then lands behind another click, the race the markers and ETags must settle. Everything else passes.
/// </summary>
public sealed class StorageGate() : DelegatingHandler(new HttpClientHandler())
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Func<string, bool> _holds = _ => false;
    private int _held;

    /// <summary>Transactions that have been held so far.</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>From now on, holds each transaction whose request text matches.</summary>
    public void Hold(Func<string, bool> transaction) => _holds = transaction;

    public void Release() => _released.TrySetResult();

    /// <summary>The bot's storage client through this gate (replaces the app's registration).</summary>
    public TableServiceClient Client(string connectionString) =>
        new(connectionString, new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(this)) });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("$batch", StringComparison.Ordinal) && request.Content is { } content)
        {
            await content.LoadIntoBufferAsync(ct);
            if (_holds(await content.ReadAsStringAsync(ct)))
            {
                Interlocked.Increment(ref _held);
                await _released.Task.WaitAsync(ct);
            }
        }
        return await base.SendAsync(request, ct);
    }
}
