namespace PartyGroupBot.Bot;

/// <summary>The AAD object ids in configuration Bot:Administrators (an array, or one comma-separated string).</summary>
public sealed class Administrators(IConfiguration config)
{
    public bool Contains(string? aadObjectId)
    {
        if (string.IsNullOrEmpty(aadObjectId)) return false;
        var section = config.GetSection("Bot:Administrators");
        var ids = section.GetChildren().Select(c => c.Value)
            .Concat((section.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return ids.Any(id => string.Equals(id, aadObjectId, StringComparison.OrdinalIgnoreCase));
    }
}
