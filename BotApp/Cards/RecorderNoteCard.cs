using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>
/// 记录: the recorder's card (MN1). One note at a time on an item (the open item first), with the notes recorded so far,
/// each with its time and author. Sent in answer to the recorder or the chair only.
/// </summary>
public static class RecorderNoteCard
{
    public static JObject Build(Texts.Texts t, MeetingState m, string? itemId = null, string? saved = null)
    {
        var items = m.Items.ToList();
        var selected = m.Item(itemId) ?? m.OpenItem ?? items.FirstOrDefault(i => i.Status == ItemStatus.Pending) ?? items.Last();
        var body = new List<JToken> { Title(t["record.note.title"]), Text(t["record.note.hint"], subtle: true) };
        if (saved is not null) body.Add(Saved(saved));
        body.Add(Choices("itemId", t["record.note.item"], selected.Item.Id,
            items.Select((i, n) => ($"{n + 1}. {i.Item.Title}", i.Item.Id))));
        body.Add(TextInput("text", t["record.note.text"], multiline: true).Required(t["record.note.textRequired"]));
        var notes = m.Notes.Where(n => n.ItemId == selected.Item.Id).ToList();
        body.Add(Text(notes.Count == 0
            ? t["record.note.none"]
            : string.Join("\n", notes.Select(n => "- " + t.Format("record.note.line", LocalTime.Clock(n.At, m.Profile), m.Member(n.AuthorId)?.Name ?? n.AuthorId, n.Text))),
            subtle: true));
        return Card(body, [Execute(t["record.note.submit"], Verbs.RecordNote, new { meetingId = m.Id }, "positive")]);
    }
}
