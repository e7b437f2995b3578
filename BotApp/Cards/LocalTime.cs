using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Cards;

/// <summary>Times are shown in the group's zone: China Standard Time unless the profile says otherwise.</summary>
public static class LocalTime
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateTimeOffset In(DateTimeOffset at, RuleProfile profile)
    {
        try
        {
            return TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(profile.TimeZoneId));
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tz data still shows Beijing time, the rules' default.
            return at.ToOffset(ChinaStandardTime);
        }
    }

    public static string Minute(DateTimeOffset at, RuleProfile profile) => In(at, profile).ToString("yyyy-MM-dd HH:mm");
    public static string Clock(DateTimeOffset at, RuleProfile profile) => In(at, profile).ToString("HH:mm");
}
