namespace PartyGroupBot.Storage;

/// <summary>
/// Every key starts with the tenant and team, taken from the authenticated activity, never from card data,
/// so a meeting id copied from another team or tenant simply finds nothing.
/// </summary>
public readonly record struct GroupKey(string TenantId, string TeamId)
{
    public string Partition => Escape(TenantId);
    public string Row => Escape(TeamId);
    /// <summary>The group's 议题库 log.</summary>
    public string Agenda => $"{Escape(TenantId)}|{Escape(TeamId)}";
    public string Meeting(string meetingId) => $"{Escape(TenantId)}|{Escape(TeamId)}|{Escape(meetingId)}";

    /// <summary>Table keys may not hold / \ # ? or control characters.</summary>
    public static string Escape(string value) =>
        new(value.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());
}
