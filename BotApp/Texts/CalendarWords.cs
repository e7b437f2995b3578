namespace PartyGroupBot.Texts;

/// <summary>Words of the meeting's calendar events (AG2 by Outlook calendar); keys start with "calendar.".</summary>
internal static class CalendarWords
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["calendar.confidentialWithheld"] = "【涉密】涉密议题，名称和材料不在日历中显示",
        ["calendar.footer"] = "本日程由党组会议助手根据会议通知创建。不能参加的，请在会议开始前向党组书记请假 [Q3]。",
        ["calendar.done"] = "已在 {0} 人的 Outlook 日历中添加本次会议。",
        ["calendar.failed"] = "会议已安排并通知，但未能在 {0} 人的日历中添加日程：{1}。请另行提醒他们。",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["calendar.confidentialWithheld"] = "[Confidential] a confidential topic; its title and materials are not shown in calendars",
        ["calendar.footer"] = "Created by the party group bot from the agenda notice. If you cannot attend, ask the secretary for leave before the meeting opens [Q3].",
        ["calendar.done"] = "The meeting was added to {0} people's Outlook calendars.",
        ["calendar.failed"] = "The meeting is scheduled and notified, but could not be added to {0} people's calendars: {1}. Please remind them yourself.",
    };
}
