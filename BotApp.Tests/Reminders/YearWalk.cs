using System.Globalization;
using PartyGroupBot.Core.Reminders;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>
/// Walks a fake clock through a year an hour at a time. At each step the planner sees only the facts known by then
/// (as a live bot would) and is asked what fell due in the past hour. Every reminder is written down as
/// "MM-dd HH:mm Kind recipient subject" in the group's local time, so a test can compare against a table.
/// </summary>
public static class YearWalk
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>"2026-01-15 09:00" in China Standard Time.</summary>
    public static DateTimeOffset L(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), China);

    public static IReadOnlyList<string> Walk(GroupCalendar calendar, int year)
    {
        var seen = new Dictionary<string, Reminder>();
        var lines = new List<string>();
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, China);
        for (var now = start.AddHours(1); now <= start.AddYears(1); now = now.AddHours(1))
        {
            foreach (var r in ReminderPlanner.Between(KnownAt(calendar, now), now.AddHours(-1), now))
            {
                Assert.True(r.DueAt > now.AddHours(-1) && r.DueAt <= now, $"{r.Id} came out at {now}, due {r.DueAt}");
                Assert.True(seen.TryAdd(r.Id, r), $"{r.Id} planned twice");
                lines.Add(Line(r));
            }
        }
        return lines;
    }

    public static string Line(Reminder r) =>
        $"{r.DueAt.ToOffset(China):MM-dd HH:mm} {r.Kind} {r.To.Key}{(r.SubjectId is null ? "" : " " + r.SubjectId)}";

    /// <summary>The calendar as a live bot knows it at <paramref name="now"/>: nothing from the future.</summary>
    public static GroupCalendar KnownAt(GroupCalendar calendar, DateTimeOffset now) => calendar with
    {
        Meetings = calendar.Meetings.Where(m => m.KnownSince <= now).Select(m => m with
        {
            EndedAt = m.EndedAt <= now ? m.EndedAt : null,
            MinutesSignedAt = m.MinutesSignedAt <= now ? m.MinutesSignedAt : null,
        }).ToList(),
        Decisions = calendar.Decisions.Where(d => d.DecidedAt <= now).Select(d => d with
        {
            CompletedAt = d.CompletedAt <= now ? d.CompletedAt : null,
        }).ToList(),
    };

    /// <summary>Compares line by line, so a failure names the reminders that are missing or extra.</summary>
    public static void AssertSameReminders(IEnumerable<string> expected, IReadOnlyList<string> actual)
    {
        var want = expected.Where(l => !l.StartsWith("//", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var got = actual.Order(StringComparer.Ordinal).ToList();
        var missing = want.Except(got).ToList();
        var extra = got.Except(want).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"missing:\n  {string.Join("\n  ", missing)}\nextra:\n  {string.Join("\n  ", extra)}");
        Assert.Equal(want, got);
    }
}
