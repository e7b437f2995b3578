using Azure;

namespace PartyGroupBot.Storage;

public static class StorageOutage
{
    /// <summary>Table storage unreachable or failing: the turn wrote nothing it must take back, so the user can simply retry.</summary>
    public static bool Is(Exception ex) => ex switch
    {
        StorageUnavailableException => true,
        // A request that timed out counts as an outage like a 503 (issue 13, item 9): nothing was acknowledged.
        TimeoutException => true,
        RequestFailedException r => r.Status is 0 or 408 || r.Status >= 500,
        // The Azure SDK retries a timed-out request and then throws every attempt's cancellation together; a caller's
        // own cancellation is never retried, so cancellations gathered here are time-outs.
        AggregateException a => a.InnerExceptions.Any(i => Is(i) || i is OperationCanceledException),
        _ => ex.InnerException is not null && Is(ex.InnerException),
    };
}
