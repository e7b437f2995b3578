using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartyGroupBot.Tests.Deployment;

/// <summary>One log record as an exporter sees it: category, level, message, the message's fields and the scopes around it.</summary>
public sealed record LogRecord(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Fields,
    IReadOnlyList<KeyValuePair<string, object?>> Scope, string? Exception)
{
    public string AllText => string.Join("\n", new[] { Category, Message, Exception ?? "" }
        .Concat(Fields.Concat(Scope).Select(f => $"{f.Key}={f.Value}")));

    public object? ScopeValue(string key) => Scope.LastOrDefault(f => f.Key == key).Value;
}

/// <summary>An ILoggerProvider that keeps every record with its scopes, as OpenTelemetry's logger does with IncludeScopes.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogRecord> _records = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogRecord> Records => _records.ToList();

    public ILogger CreateLogger(string category) => new Logger(this, category);
    public void SetScopeProvider(IExternalScopeProvider scopes) => _scopes = scopes;
    public void Dispose() { }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture._scopes.Push(state);
        public bool IsEnabled(LogLevel level) => level != LogLevel.None;

        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new List<KeyValuePair<string, object?>>();
            capture._scopes.ForEachScope((s, list) =>
            {
                if (s is IEnumerable<KeyValuePair<string, object?>> pairs) list.AddRange(pairs);
                else if (s is not null) list.Add(new("Scope", s.ToString()));
            }, scope);
            var fields = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            capture._records.Enqueue(new LogRecord(category, level, formatter(state, exception), fields.ToList(), scope, exception?.ToString()));
        }
    }
}
