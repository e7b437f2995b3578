using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Cards;

/// <summary>Times are shown in the group's zone (<see cref="GroupClock"/>): China Standard Time unless the profile says otherwise.</summary>
public static class LocalTime
{
    public static DateTimeOffset In(DateTimeOffset at, RuleProfile profile) => new GroupClock(profile).Local(at);

    public static string Minute(DateTimeOffset at, RuleProfile profile) => In(at, profile).ToString("yyyy-MM-dd HH:mm");
    public static string Clock(DateTimeOffset at, RuleProfile profile) => In(at, profile).ToString("HH:mm");
}
