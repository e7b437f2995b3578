namespace PartyGroupBot.Bot;

/// <summary>
/// Every free text a card sends has a length limit, and control characters are refused (tabs and line breaks aside),
/// before any handler reads it: a clear refusal in the user's language, nothing stored (issue 13, item 9).
/// </summary>
public static class InputLimits
{
    /// <summary>Short texts: titles, places, names, dates, ids. Anything not listed as long is short.</summary>
    public const int Short = 200;
    /// <summary>Reasons, opinions, notes, statements, measures, progress reports, and lists of items, topics or candidates.</summary>
    public const int Long = 2000;

    private static readonly HashSet<string> LongFields =
        ["reason", "opinion", "text", "statement", "measure", "items", "topics", "candidates", "observers", "itemIds"];

    /// <summary>The first field that breaks a limit, with the limit it breaks; null when all is well.</summary>
    public static (string Field, int? Limit)? Broken(CardData data)
    {
        foreach (var (field, value) in data.WithPrefix(""))
        {
            if (value is null) continue;
            var limit = LongFields.Contains(field) || field.StartsWith("text.", StringComparison.Ordinal) ? Long : Short;
            if (value.Length > limit) return (field, limit);
            if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) return (field, null);
        }
        return null;
    }
}
