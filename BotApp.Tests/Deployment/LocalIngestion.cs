using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>
/// Stands in for Application Insights' ingestion endpoint (no local one exists): receives what the Azure Monitor
/// exporter sends to <c>{IngestionEndpoint}/v2.1/track</c> (newline-delimited JSON, gzip or not), keeps every telemetry
/// item and accepts them all, as the service does.
/// </summary>
public sealed class LocalIngestion : IAsyncDisposable
{
    private readonly ConcurrentQueue<JObject> _items = new();
    private WebApplication? _app;

    public string Url { get; private set; } = "";
    public IReadOnlyList<JObject> Items => _items.ToList();

    public string ConnectionString =>
        $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={Url}/;LiveEndpoint={Url}/";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v2.1/track", async (HttpContext http) =>
        {
            Stream body = http.Request.Body;
            if (http.Request.Headers.ContentEncoding.ToString().Contains("gzip")) body = new GZipStream(body, CompressionMode.Decompress);
            var text = await new StreamReader(body).ReadToEndAsync();
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in lines) _items.Enqueue(JObject.Parse(line));
            return Results.Json(new { itemsReceived = lines.Length, itemsAccepted = lines.Length, errors = Array.Empty<object>() });
        });
        // Live metrics ask whether anyone watches; nobody does.
        _app.MapPost("/{**path}", () => Results.Ok());
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>Items of one type ("MessageData", "RequestData", "RemoteDependencyData"), as their baseData.</summary>
    public IEnumerable<JObject> Of(string baseType) =>
        Items.Where(i => (string?)i["data"]?["baseType"] == baseType).Select(i => (JObject)i["data"]!["baseData"]!);

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
