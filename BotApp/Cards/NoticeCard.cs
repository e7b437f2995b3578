using Newtonsoft.Json.Linq;
using static PartyGroupBot.Cards.CardJson;

namespace PartyGroupBot.Cards;

/// <summary>A short notice with a title, e.g. "会议已结束".</summary>
public static class NoticeCard
{
    public static JObject Build(string title, string text) => Card([Title(title), Text(text)]);
}
