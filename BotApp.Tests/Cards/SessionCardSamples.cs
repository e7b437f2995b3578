using Newtonsoft.Json.Linq;
using PartyGroupBot.Bot;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Agenda;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using T = PartyGroupBot.Texts.Texts;

namespace PartyGroupBot.Tests.Cards;

/// <summary>The cards of the democratic life meeting (MK2, DL4, DL5) and the study session (MK3), for <see cref="CardCatalog"/>.</summary>
internal static class SessionCardSamples
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 18, 9, 0, 0, TimeSpan.FromHours(8));
    private const string Team = "19:team@thread.tacv2";

    public static IEnumerable<(string, JObject)> For(T t)
    {
        var group = CardCatalog.Group();
        var topics = new[] { new AgendaItem("1", "对照检查，开展批评与自我批评", VotingMethod.Oral), new AgendaItem("2", "研究整改措施", VotingMethod.Oral) };
        var dl = new List<MeetingEvent> { Meeting.StartDemocraticLife(group, null, "dl-1", "s", topics, Nine).Value! };
        void Run(List<MeetingEvent> log, Func<MeetingState, Result<MeetingEvent>> command) =>
            log.Add(command(MeetingState.Fold(log)).Value ?? throw new InvalidOperationException("sample command refused"));

        yield return ("democratic-life-start", DemocraticLifeStartCard.Build(t));
        yield return ("study-session-start", StudySessionStartCard.Build(t));
        yield return ("roll-call-democratic-life-below-two-thirds", RollCallCard.Build(t, MeetingState.Fold(dl)));
        foreach (var id in CardCatalog.Present) Run(dl, m => m.CheckIn(id, Nine.AddMinutes(1)));
        yield return ("roll-call-democratic-life", RollCallCard.Build(t, MeetingState.Fold(dl)));
        yield return ("written-statement", WrittenStatementCard.Build(t, "dl-1", Team));
        Run(dl, m => m.SubmitWrittenStatement("m2", "本人对照检查如下：一是理论学习不够系统深入，二是调查研究不够扎实，三是落实全面从严治党主体责任有差距。", Nine.AddMinutes(30)));
        Run(dl, m => m.End("s", Nine.AddHours(3)));
        yield return ("democratic-life-ended", SessionEndedCard.Build(t, MeetingState.Fold(dl), "王建国")!);
        yield return ("rectification-empty", RectificationCard.Build(t, MeetingState.Fold(dl), Team, new DateOnly(2026, 12, 19)));
        yield return ("rectification-refused", RefusalCard.Over(Refusals.Card(t, new Refusal("DL5", RefusalCode.InvalidInput), null),
            RectificationCard.Build(t, MeetingState.Fold(dl), Team, new DateOnly(2026, 12, 19), typed: new("建立理论学习台账", "m1", "2027-03-31"))));
        yield return ("written-statement-refused", RefusalCard.Over(Refusals.Card(t, new Refusal("DL4", RefusalCode.AlreadyStated), null),
            WrittenStatementCard.Build(t, "dl-1", Team, "本人对照检查如下")));
        Run(dl, m => m.RecordRectification("s", "建立党组理论学习中心组学习台账，每月检查学习笔记和研讨发言", "m1", new DateOnly(2027, 3, 31), Nine.AddHours(4)));
        yield return ("rectification-saved", RectificationCard.Build(t, MeetingState.Fold(dl), Team, new DateOnly(2026, 12, 19),
            t.Format("session.rectify.saved", "建立党组理论学习中心组学习台账，每月检查学习笔记和研讨发言", "张伟", "2027-03-31")));
        yield return ("minutes-draft-democratic-life", MinutesDraftCard.Build(t, Minutes.Draft(MeetingState.Fold(dl)), MeetingState.Fold(dl).Profile, Team));
        Run(dl, m => m.SignMinutes("s", Nine.AddHours(5)));
        var signed = MeetingState.Fold(dl);
        yield return ("minutes-democratic-life", MinutesCard.Build(t, Minutes.Draft(signed).ForChannel(), signed.Profile));
        yield return ("democratic-life-outcome", DemocraticLifeOutcomeCard.Build(t, signed, "m2"));

        var study = new List<MeetingEvent>
        {
            Meeting.StartStudySession(group, null, "st-1", "s", [new AgendaItem("1", "学习贯彻党的二十届四中全会精神和习近平总书记关于人社工作的重要指示批示精神", VotingMethod.Oral)], seminar: true, Nine).Value! with
            {
                Leave = new LeaveCarriedIn([new LeaveRequested(Nine.AddDays(-1), "m2", CardCatalog.LeaveReason)], [new LeaveApproved(Nine.AddDays(-1), "m2", "s")], []),
            },
        };
        foreach (var id in new[] { "s", "d" }) Run(study, m => m.CheckIn(id, Nine.AddMinutes(2)));
        yield return ("roll-call-study-seminar", RollCallCard.Build(t, MeetingState.Fold(study)));
        Run(study, m => m.End("s", Nine.AddHours(2)));
        yield return ("study-attendance", SessionEndedCard.Build(t, MeetingState.Fold(study), "王建国")!);
        Run(study, m => m.SignMinutes("s", Nine.AddHours(3)));
        var studied = MeetingState.Fold(study);
        yield return ("minutes-study-seminar", MinutesCard.Build(t, Minutes.Draft(studied).ForChannel(), studied.Profile));

        yield return ("help-study-member", HelpCard.Build(t, new HelpContext(Role.Member, false, true, false, MeetingKind.StudyGroup)));
        yield return ("help-study-chair", HelpCard.Build(t, new HelpContext(Role.Secretary, false, true, true, MeetingKind.StudyGroup)));
        yield return ("help-democratic-life-member", HelpCard.Build(t, new HelpContext(Role.Member, false, true, false, MeetingKind.DemocraticLifeMeeting)));

        // 安排会议 for every kind (MK2, MK3): the form with no approved topic, the notices, and the offer on the day.
        yield return ("schedule-meeting-no-topics", ScheduleMeetingCard.Build(t, [], [], [], new DateOnly(2026, 12, 21)));
        var dlPlan = new MeetingScheduled(Nine, "20261228-dl", new DateOnly(2026, 12, 28), new TimeOnly(9, 0), CardCatalog.Room, [], [], "s",
            MeetingKind.DemocraticLifeMeeting, ["对照检查，开展批评与自我批评", "研究整改措施"]);
        var seminarPlan = new MeetingScheduled(Nine, "20261218-st", new DateOnly(2026, 12, 18), new TimeOnly(15, 0), CardCatalog.Room, [], [], "s",
            MeetingKind.StudyGroup, ["学习贯彻党的二十届四中全会精神和习近平总书记关于人社工作的重要指示批示精神"], IsSeminar: true);
        yield return ("agenda-notice-democratic-life", AgendaNoticeCard.Build(t, dlPlan, topics, [], forChannel: true));
        yield return ("agenda-notice-seminar", AgendaNoticeCard.Build(t, seminarPlan, [new AgendaItem("1", "学习贯彻党的二十届四中全会精神和习近平总书记关于人社工作的重要指示批示精神", VotingMethod.Oral)], [], forChannel: false));
        yield return ("start-scheduled-democratic-life", ScheduledStartCard.Build(t, [(dlPlan, topics)], DemocraticLifeStartCard.Build(t), "startDemocraticLife"));
        yield return ("start-scheduled-study", ScheduledStartCard.Build(t, [(seminarPlan, [new AgendaItem("1", "学习贯彻党的二十届四中全会精神和习近平总书记关于人社工作的重要指示批示精神", VotingMethod.Oral)])],
            StudySessionStartCard.Build(t), "startStudySession"));
    }
}
