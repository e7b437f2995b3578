using Azure;

namespace PartyGroupBot.Storage;

public static class StorageOutage
{
    /// <summary>Table storage unreachable or failing: the turn wrote nothing it must take back, so the user can simply retry.</summary>
    public static bool Is(Exception ex) => ex switch
    {
        StorageUnavailableException => true,
        RequestFailedException r => r.Status == 0 || r.Status >= 500,
        AggregateException a => a.InnerExceptions.Any(Is),
        _ => ex.InnerException is not null && Is(ex.InnerException),
    };
}
