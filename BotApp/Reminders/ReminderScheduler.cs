using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Storage;

namespace PartyGroupBot.Reminders;

/// <summary>Stores planned reminders for a group, one row per person: a role is resolved to the people holding it now.</summary>
public sealed class ReminderScheduler(ReminderStore store)
{
    /// <summary>How many rows were new; the rest were stored before (same stable id).</summary>
    public async Task<int> ScheduleAsync(GroupKey key, PartyGroup group, IEnumerable<Reminder> reminders, CancellationToken ct = default)
    {
        var stored = 0;
        foreach (var reminder in reminders)
            foreach (var one in Resolve(reminder, group))
                if (await store.ScheduleAsync(key.TenantId, key.TeamId, one, ct)) stored++;
        return stored;
    }

    private static IEnumerable<Reminder> Resolve(Reminder reminder, PartyGroup group)
    {
        if (reminder.To.Kind != RecipientKind.Role)
        {
            yield return reminder;
            yield break;
        }
        foreach (var member in group.Members.Where(m => m.Role.Name() == reminder.To.Value))
        {
            var person = Recipient.ToPerson(member.Id);
            yield return reminder with { Id = $"{reminder.Id}>{person.Key}", To = person };
        }
    }
}
