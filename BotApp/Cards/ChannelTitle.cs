using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Cards;

/// <summary>
/// MN6, AG6: the roll call, ballot and result cards live in the channel, where a confidential (涉密) item's title never
/// appears: there it is 涉密议题 with its number on the agenda. Those entitled have the title privately (the notice, AG2).
/// </summary>
public static class ChannelTitle
{
    public static string Of(Texts.Texts t, MeetingState m, ItemState item) =>
        item.Item.Confidential ? t.Format("item.confidential", Number(m, item)) : item.Item.Title;

    private static int Number(MeetingState m, ItemState item) => m.Items.ToList().FindIndex(i => i.Item.Id == item.Item.Id) + 1;
}
