using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.Core.Reminders;

/// <summary>Days and months as the group lives them: China Standard Time unless the profile names another zone.</summary>
public sealed class GroupClock(RuleProfile profile)
{
    private readonly TimeZoneInfo _zone = Find(profile.TimeZoneId);

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone);

    public DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    /// <summary>The instant of a local wall-clock time on a day.</summary>
    public DateTimeOffset At(DateOnly day, int hour) => At(day, new TimeOnly(hour, 0));

    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var wall = day.ToDateTime(time);
        return new DateTimeOffset(wall, _zone.GetUtcOffset(wall));
    }

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tz data still keeps Beijing time, the rules' default.
            return TimeZoneInfo.CreateCustomTimeZone("CST+8", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
