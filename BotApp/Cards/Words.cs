namespace PartyGroupBot.Cards;

/// <summary>Card data values are the lower-camel names of Core enums ("recorded", "yes"); anything else, numbers included, is refused.</summary>
public static class Words
{
    public static bool TryParse<T>(string? word, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Name(candidate) == word)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
