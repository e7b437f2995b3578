using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Bot;
using PartyGroupBot.Cards;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Core.Profiles;
using T = PartyGroupBot.Texts.Texts;

namespace PartyGroupBot.Tests.Cards;

/// <summary>Every card the bot can send, built by the bot's own card builders from a sample meeting.</summary>
public static class CardCatalog
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    // Realistic, long data, so the cards are also checked at a phone's width (CardsOnAPhoneTests): titles as a county
    // bureau's agenda words them, a full group with compound surnames, a recorded vote taken person by person.
    internal const string Budget = "审议《县人力资源和社会保障局2026年度部门预算及“三公”经费支出计划》";
    internal const string Recommend = "民主推荐2026年度拟提拔副科级领导干部考察人选";
    internal const string Appointment = "研究推荐局属事业单位副科级领导干部拟任人选";
    private const string Offices = "研究调整局机关及所属二级单位办公用房分配方案";
    private const string Flood = "防汛抗旱应急物资紧急采购（汛情紧急，事后报告）";
    internal const string Room = "县政务服务中心三楼第二会议室";
    internal const string LeaveReason = "赴省人力资源和社会保障厅参加全省劳动保障监察业务骨干培训班";
    private const string Candidate1 = "欧阳志强";
    private const string Note = "李明：建议压减会议费和差旅费，预算总额控制在上年执行数以内，并补充“三公”经费的分项说明。";
    private const string Progress = "已完成考察谈话和档案审核，拟于下月在局机关和二级单位公示，公示期满无异议后办理任职手续";
    private const string RecordReason = "核对本人在第一项议题讨论中的发言记录是否准确完整";

    /// <summary>The sample group: eight with a vote (刘芳 stays away, for the briefing cards) and the recorder.</summary>
    internal static PartyGroup Group() => new("chengzhong-hrss-2021",
    [
        new GroupMember("s", "王建国", Role.Secretary),
        new GroupMember("d", "李明", Role.DeputySecretary),
        new GroupMember("m1", "张伟", Role.Member),
        new GroupMember("m2", "刘芳", Role.Member),
        new GroupMember("m3", "欧阳志强", Role.Member),
        new GroupMember("m4", "司马晓红", Role.Member),
        new GroupMember("m5", "诸葛文华", Role.Member),
        new GroupMember("m6", "上官婉清", Role.PartyBuildingLead),
        new GroupMember("r", "孙丽", Role.Recorder),
    ]);

    /// <summary>Everyone with a vote who comes: all but 刘芳.</summary>
    internal static readonly string[] Present = ["s", "d", "m1", "m3", "m4", "m5", "m6"];

    public static IEnumerable<(string Name, JObject Card)> All()
    {
        foreach (var (lang, t) in new[] { ("zh", T.Chinese), ("en", T.EnglishTexts) })
            foreach (var (name, card) in For(t))
                yield return ($"{name}.{lang}", card);
    }

    private static IEnumerable<(string, JObject)> For(T t)
    {
        var group = Group();
        var log = new List<MeetingEvent>
        {
            Meeting.Start(group, null, "m-1", "s",
                [new AgendaItem("1", Budget, VotingMethod.Recorded), new AgendaItem("2", Recommend, VotingMethod.Secret)], Nine).Value!,
        };
        MeetingState State() => MeetingState.Fold(log);
        void Run(Func<MeetingState, Result<MeetingEvent>> command) => log.Add(command(State()).Value ?? throw new InvalidOperationException("sample command refused"));

        yield return ("setup", SetupCard.Build(t, group.Members.Select(m => new SetupCard.Person(m.Id, m.Name, m.Role.Name())), group.ProfileId));
        yield return ("start-meeting", StartMeetingCard.Build(t, PartyGroupBot.Core.Agenda.AgendaState.Fold([new PartyGroupBot.Core.Agenda.ItemProposed(Nine, "t1", "m1", Budget, ItemCategory.Finance, VotingMethod.Recorded, false, false, false, false, [])]).Topics));
        yield return ("start-meeting-no-topics", StartMeetingCard.Build(t, []));
        yield return ("help-secretary", HelpCard.Build(t, new HelpContext(Role.Secretary, true, false, false)));
        yield return ("help-chair-in-meeting", HelpCard.Build(t, new HelpContext(Role.Secretary, false, true, true)));
        yield return ("help-not-member", HelpCard.Build(t, new HelpContext(null, false, false, false)));
        yield return ("refusal", Refusals.Card(t, new Refusal("V5", RefusalCode.ChairVotesLast), RuleProfiles.ChengzhongHrss2021));
        yield return ("notice", NoticeCard.Build(t["ended.title"], t.Format("ended.text", "王建国")));
        yield return ("roll-call-empty", RollCallCard.Build(t, State()));
        // A long agenda: the card's own actions must stay within the host's limit however many items there are.
        var longAgenda = Enumerable.Range(1, 8).Select(i => new AgendaItem(i.ToString(), $"第{i}项：研究落实县委第三巡察组反馈问题整改工作方案", VotingMethod.Recorded)).ToList();
        yield return ("roll-call-long-agenda", RollCallCard.Build(t, MeetingState.Fold([Meeting.Start(group, null, "m-2", "s", longAgenda, Nine).Value!])));
        var notified = new PartyGroupBot.Core.Agenda.MeetingScheduled(Nine, "20261129-ab", new DateOnly(2026, 11, 29), new TimeOnly(9, 0), Room, ["t1"], [], "s");
        yield return ("leave-request", LeaveRequestCard.Build(t, "19:team@thread.tacv2", [notified]));
        yield return ("leave-approval", LeaveApprovalCard.Build(t, "20261129-ab", "19:team@thread.tacv2", "m2", "刘芳", LeaveReason, LeaveRequestCard.Label(t, notified)));
        yield return ("written-opinion", WrittenOpinionCard.Build(t, "m-1", "19:team@thread.tacv2", State().Item("1")!.Item));
        yield return ("recusal-chair", RecusalCard.Build(t, State(), forChair: true));
        yield return ("record-check-broken", RecordCheckCard.Build(t, new PartyGroupBot.Storage.ChainReport(6, 3, "AB12")));
        yield return ("record-check-intact", RecordCheckCard.Build(t, new PartyGroupBot.Storage.ChainReport(6, null, "AB12CD34EF56AB12CD34")));
        yield return ("record-check-group", RecordCheckCard.Build(t, new PartyGroupBot.Storage.ChainReport(4, null, "AB12CD34EF56AB12CD34"),
            [new(Nine, new PartyGroupBot.Storage.ChainReport(6, 3, "AB12"), ["2"])], "ab12cd34ef56ab12", false, group.Profile));
        var owed = new PartyGroupBot.Outbox.OutboxMessage("t", "team", "a#0", "channel", NoticeCard.Build("党组会议纪要", "…").ToString())
            { NotBefore = Nine, Attempt = 2, LastError = "503" };
        yield return ("send-status", SendStatusCard.Build(t, [owed, owed with { To = "person:s", Status = PartyGroupBot.Outbox.OutboxStatus.Failed }], group, "team"));
        yield return ("send-status-none", SendStatusCard.Build(t, [], group, "team"));
        yield return ("propose-item-a", ProposeItemCard.Build(t, RuleProfiles.ChengzhongHrss2021));
        yield return ("propose-item-b", ProposeItemCard.Build(t, RuleProfiles.ChangjiTransport2020));
        yield return ("topic-approval", TopicApprovalCard.Build(t, PartyGroupBot.Core.Agenda.AgendaState.Fold([new PartyGroupBot.Core.Agenda.ItemProposed(Nine, "t1", "m2", Appointment, ItemCategory.Appointment, VotingMethod.Secret, true, false, true, true, [new Candidate("c1", Candidate1), new Candidate("c2", "司马晓红")])]).Topics[0], "刘芳", "李局长", "19:team@thread.tacv2"));
        yield return ("topic-consent", TopicConsentCard.Build(t, PartyGroupBot.Core.Agenda.AgendaState.Fold([new PartyGroupBot.Core.Agenda.ItemProposed(Nine, "t1", "m1", Offices, ItemCategory.Other, VotingMethod.Hands, false, false, false, true, [])]).Topics[0], "张伟", "19:team@thread.tacv2"));
        yield return ("schedule-meeting", ScheduleMeetingCard.Build(t, PartyGroupBot.Core.Agenda.AgendaState.Fold([new PartyGroupBot.Core.Agenda.ItemProposed(Nine, "t1", "m1", Budget, ItemCategory.Finance, VotingMethod.Recorded, false, false, false, false, []), new PartyGroupBot.Core.Agenda.ItemProposed(Nine, "t2", "m2", Appointment, ItemCategory.Appointment, VotingMethod.Secret, false, false, true, false, [new Candidate("c1", Candidate1)])]).Topics, PartyGroupBot.Core.Agenda.AgendaState.Fold([new PartyGroupBot.Core.Agenda.EmergencyDecisionTaken(Nine, "t3", "s", Flood, "同意采购", "汛情紧急")]).Topics, [new ScheduleMeetingCard.Person("o1", "周列席")], new DateOnly(2026, 11, 29), new ScheduleMeetingCard.Person("s", "王建国"), [new ScheduleMeetingCard.Person("m3", "张伟")]));
        yield return ("agenda-notice-channel", AgendaNoticeCard.Build(t, new PartyGroupBot.Core.Agenda.MeetingScheduled(Nine, "20261129-ab", new DateOnly(2026, 11, 29), new TimeOnly(9, 0), Room, ["t1", "t2"], ["o1"], "s"), [new AgendaItem("t1", Budget, VotingMethod.Recorded, ItemCategory.Finance), new AgendaItem("t2", Appointment, VotingMethod.Secret, ItemCategory.Appointment) { Confidential = true }, new AgendaItem("t3", Flood, VotingMethod.Oral) { Report = true }], ["周列席"], forChannel: true));
        yield return ("agenda-notice-private", AgendaNoticeCard.Build(t, new PartyGroupBot.Core.Agenda.MeetingScheduled(Nine, "20261129-ab", new DateOnly(2026, 11, 29), new TimeOnly(9, 0), Room, ["t1", "t2"], [], "s"), [new AgendaItem("t1", Budget, VotingMethod.Recorded, ItemCategory.Finance), new AgendaItem("t2", Appointment, VotingMethod.Secret, ItemCategory.Appointment) { Confidential = true }], [], forChannel: false, leaveTeamId: "19:team@thread.tacv2"));
        yield return ("liaison-notice", LiaisonNoticeCard.Build(t, new PartyGroupBot.Core.Agenda.MeetingScheduled(Nine, "20261129-ab", new DateOnly(2026, 11, 29), new TimeOnly(9, 0), Room, ["t1", "t2"], [], "s"), [new AgendaItem("t1", Budget, VotingMethod.Recorded, ItemCategory.Finance), new AgendaItem("t2", Appointment, VotingMethod.Secret, ItemCategory.Appointment) { Confidential = true }]));
        yield return ("start-scheduled", ScheduledStartCard.Build(t, [(new PartyGroupBot.Core.Agenda.MeetingScheduled(Nine, "20261126-ab", new DateOnly(2026, 11, 26), new TimeOnly(15, 0), Room, ["t1"], [], "s"), [new AgendaItem("t1", Budget, VotingMethod.Recorded, ItemCategory.Finance), new AgendaItem("t2", Appointment, VotingMethod.Secret) { Confidential = true }])], StartMeetingCard.Build(t, PartyGroupBot.Core.Agenda.AgendaState.Fold([new PartyGroupBot.Core.Agenda.ItemProposed(Nine, "t1", "m1", Budget, ItemCategory.Finance, VotingMethod.Recorded, false, false, false, false, [])]).Topics), "startMeeting"));
        yield return ("decision-form", DecisionCard.Build(t, "19:team@thread.tacv2", "m-1", "2", "c1", "民主推荐：" + Candidate1, group.Members.Select(m => new DecisionCard.Person(m.Id, m.Name)).ToList(), new DateOnly(2026, 11, 26)));
        yield return ("follow-ups-owner", FollowUpCard.Build(t, [new FollowUpCard.Section("19:team@thread.tacv2", PartyGroupBot.Core.Agenda.AgendaState.Fold([new PartyGroupBot.Core.Agenda.DecisionRecorded(Nine, "m-1/1", "m-1", "1", null, Budget, "m1", new DateOnly(2026, 11, 20), "s"), new PartyGroupBot.Core.Agenda.DecisionRecorded(Nine, "m-1/2/c1", "m-1", "2", "c1", "民主推荐：" + Candidate1, "m1", new DateOnly(2026, 12, 31), "s"), new PartyGroupBot.Core.Agenda.DecisionProgressReported(Nine.AddDays(1), "m-1/2/c1", "m1", Progress)]), RuleProfiles.ChengzhongHrss2021, new DateOnly(2026, 11, 26), id => group.Find(id)?.Name ?? id, "m1", OfficeView: false)]));
        yield return ("follow-ups-office", FollowUpCard.Build(t, [new FollowUpCard.Section("19:team@thread.tacv2", PartyGroupBot.Core.Agenda.AgendaState.Fold([new PartyGroupBot.Core.Agenda.DecisionRecorded(Nine, "m-1/1", "m-1", "1", null, Budget, "m1", new DateOnly(2026, 11, 20), "s"), new PartyGroupBot.Core.Agenda.DecisionRecorded(Nine, "m-1/2/c1", "m-1", "2", "c1", "民主推荐：" + Candidate1, "m2", new DateOnly(2026, 12, 31), "s"), new PartyGroupBot.Core.Agenda.DecisionCompleted(Nine.AddDays(2), "m-1/2/c1", "m2")]), RuleProfiles.ChengzhongHrss2021, new DateOnly(2026, 11, 26), id => group.Find(id)?.Name ?? id, "r", OfficeView: true)]));
        yield return ("follow-ups-none", FollowUpCard.Build(t, [new FollowUpCard.Section("19:team@thread.tacv2", PartyGroupBot.Core.Agenda.AgendaState.Empty, RuleProfiles.ChengzhongHrss2021, new DateOnly(2026, 11, 26), id => id, "m2", OfficeView: false)]));

        foreach (var id in Present) Run(m => m.CheckIn(id, Nine.AddMinutes(1)));
        Run(m => m.OpenVote("s", "1", Nine.AddMinutes(5)));
        yield return ("roll-call-voting", RollCallCard.Build(t, State()));
        yield return ("recorder-note", RecorderNoteCard.Build(t, MeetingState.Fold([.. log, new NoteRecorded(Nine.AddMinutes(5), "1", "r", Note)]), saved: t.Format("record.note.saved", "1. " + Budget)));
        yield return ("ballot-recorded-empty", BallotCard.Build(t, new BallotView(State(), State().Item("1")!, [], RefreshUserIds: ["29:a", "29:b"])));
        Run(m => m.CastBallot("d", "1", VoteChoice.Yes, Nine.AddMinutes(6)));
        Run(m => m.CastBallot("m1", "1", VoteChoice.No, Nine.AddMinutes(6)));
        foreach (var (id, choice) in new[] { ("m3", VoteChoice.Yes), ("m4", VoteChoice.Abstain), ("m5", VoteChoice.Yes), ("m6", VoteChoice.Yes) })
            Run(m => m.CastBallot(id, "1", choice, Nine.AddMinutes(6)));
        yield return ("ballot-chair-turn", BallotCard.Build(t, new BallotView(State(), State().Item("1")!, BallotCard.OpenVoters(State().Item("1")!), Viewer: "s")));
        yield return ("ballot-member-voted", BallotCard.Build(t, new BallotView(State(), State().Item("1")!, BallotCard.OpenVoters(State().Item("1")!), Viewer: "d")));
        Run(m => m.CastBallot("s", "1", VoteChoice.Yes, Nine.AddMinutes(7)));
        Run(m => m.CloseVote("s", "1", Nine.AddMinutes(8)));
        yield return ("result", ResultCard.Build(t, State(), State().Item("1")!));

        Run(m => m.OpenVote("s", "2", Nine.AddMinutes(9)));
        var box = new SecretBallotBox("2", 5, 1, 1, ImmutableSortedSet.Create(Present), Sealed: true);
        yield return ("ballot-secret", BallotCard.Build(t, new BallotView(State(), State().Item("2")!, box.Voters, Viewer: "d")));
        Run(m => m.CloseVote("s", "2", Nine.AddMinutes(10), box));
        Run(m => m.End("s", Nine.AddMinutes(11)));
        yield return ("roll-call-ended", RollCallCard.Build(t, State()));
        yield return ("minutes-draft", MinutesDraftCard.Build(t, Minutes.Draft(State()), State().Profile, "19:team@thread.tacv2"));
        // MN5: 刘芳 never came, so the draft carries the chair's choice of who briefs her; then with 李明 designated.
        yield return ("minutes-draft-briefer", MinutesDraftCard.Build(t, Minutes.Draft(State()), State().Profile, "19:team@thread.tacv2", State()));
        var designated = MeetingState.Fold([.. log, new BrieferDesignated(Nine.AddMinutes(12), "d", "s")]);
        yield return ("minutes-draft-briefer-designated", MinutesDraftCard.Build(t, Minutes.Draft(designated), designated.Profile, "19:team@thread.tacv2",
            designated, t.Format("briefer.done", "李明", "刘芳")));
        yield return ("minutes-draft-corrected", MinutesDraftCard.Build(t, Minutes.Draft(MeetingState.Fold([.. log, new NoteRecorded(Nine.AddMinutes(5), "1", "r", Note), new MinutesCorrected(Nine.AddMinutes(20), "s", "第一项请补充预算总额。")])), State().Profile, "19:team@thread.tacv2"));
        Run(m => m.SignMinutes("s", Nine.AddMinutes(30)));
        yield return ("minutes", MinutesCard.Build(t, Minutes.Draft(State()), State().Profile));
        yield return ("briefing", BriefingCard.Build(t, Briefing.From(Minutes.Draft(State())), State().Profile));
        yield return ("briefing-with-briefer", BriefingCard.Build(t, Briefing.From(Minutes.Draft(State())) with { Briefer = "李明" }, State().Profile));

        yield return ("record-request", RecordRequestCard.Build(t, State()));
        yield return ("record-access-approval", RecordAccessApprovalCard.Build(t, State(), "19:team@thread.tacv2", "m2", RecordReason));
        yield return ("full-record", FullRecordCard.Build(t, MeetingState.Fold([.. log, new RecordAccessRequested(Nine.AddMinutes(40), "m2", RecordReason), new RecordAccessApproved(Nine.AddMinutes(41), "m2", "d"), new RecordRead(Nine.AddMinutes(41), "m2")]), "m2", "d"));
        foreach (var sample in SessionCardSamples.For(t)) yield return sample;
    }
}
