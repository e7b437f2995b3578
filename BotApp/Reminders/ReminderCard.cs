using Newtonsoft.Json.Linq;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Reminders;

/// <summary>A reminder as a card: what is due, when, and the rule with the group's own article.</summary>
public static class ReminderCard
{
    public static JObject Build(Reminder reminder, RuleProfile profile)
    {
        var (title, text) = ReminderTexts.For(reminder.Kind);
        var subject = string.IsNullOrWhiteSpace(reminder.Title) ? ReminderTexts.DefaultTitle(reminder.Kind) : reminder.Title;
        var when = LocalTime.Minute(reminder.Deadline ?? reminder.DueAt, profile);
        var article = profile.ArticleFor(reminder.RuleId);
        var cite = article is null ? $"[{reminder.RuleId}]" : $"[{reminder.RuleId}] {article}";
        var heading = Title(string.Format(title, subject, when));
        // The id lets anyone (and the tests) tell which reminder a post is, without reading its wording.
        heading["id"] = "reminder:" + reminder.Id;
        return Card([heading, Text(string.Format(text, subject, when)), Text(cite, subtle: true)]);
    }
}
