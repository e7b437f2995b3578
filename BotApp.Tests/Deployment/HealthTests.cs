using System.Net;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>
/// App Service's health check: /health/live says the process serves HTTP; /health/ready also needs Table storage, so an
/// instance that cannot reach storage is taken out of rotation and put back when storage returns. Runs on an emulator of
/// its own, which it stops and starts.
/// </summary>
[Trait("Category", "System")]
public sealed class HealthTests : IAsyncLifetime
{
    private readonly Azurite _azurite = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _bot = await BotServer.StartAsync(_azurite, "health", []);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _azurite.StopAsync();
        _http.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var answer = await _http.GetAsync(_bot.Url + path);
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_fails_while_storage_is_down_and_recovers_when_it_is_back_while_live_stays_up()
    {
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/live"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/ready"));

        await _azurite.StopAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync("/health/ready"));
        // Within App Service's probe time-out, so the instance is marked unhealthy instead of the probe hanging.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"ready answered after {watch.Elapsed}");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/live"));

        await _azurite.StartAsync();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/ready"));
    }
}
