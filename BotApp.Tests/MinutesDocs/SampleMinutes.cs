using System.Collections.Immutable;
using PartyGroupBot.Core;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using CoreMinutes = PartyGroupBot.Core.Minutes.Minutes;

namespace PartyGroupBot.Tests.MinutesDocs;

/// <summary>
/// A meeting driven by Core's own commands, as the bot drives it: a recorded item (chair last), a secret item,
/// a third recorded item marked confidential (AG6), and an item never voted. 赵磊 is on leave and sends a
/// written opinion, 陈静 is absent without leave, 刘芳 leaves early, 张伟 declares a reservation, 周明 observes.
/// The recorder 孙丽 notes the discussion of the budget and of the confidential item (MN1); the secretary returns the
/// draft with a correction before signing (MN3).
/// </summary>
public static class SampleMinutes
{
    public static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly RuleProfile Profile = RuleProfiles.ChengzhongHrss2021;

    public const string Issuer = "中共西宁市城中区人社局党组";
    public const string Budget = "审议2026年度部门预算";
    public const string Recommendation = "民主推荐副科级干部";
    public const string Confidential = "研究信访积案化解方案";
    public const string Pending = "听取党风廉政建设工作汇报";
    public const string BudgetNote = "李明：建议压减会议费和差旅费。";
    public const string SecretNote = "拟化解积案三件，涉及人员名单另存。";
    public const string Correction = "第一项请补充预算总额。";

    public static CoreMinutes Draft(bool signed = true)
    {
        var group = new PartyGroup(Profile.Id,
        [
            new GroupMember("s", "王建国", Role.Secretary),
            new GroupMember("d", "李明", Role.DeputySecretary),
            new GroupMember("m1", "张伟", Role.Member),
            new GroupMember("m2", "刘芳", Role.Member),
            new GroupMember("m3", "陈静", Role.Member),
            new GroupMember("m4", "赵磊", Role.Member),
            new GroupMember("m5", "黄蕾", Role.Member),
            new GroupMember("r", "孙丽", Role.Recorder),
        ]);
        var log = new List<MeetingEvent>
        {
            Meeting.Start(group, null, "m-2026-11", "s",
            [
                new AgendaItem("1", Budget, VotingMethod.Recorded),
                new AgendaItem("2", Recommendation, VotingMethod.Secret),
                new AgendaItem("3", Confidential, VotingMethod.Recorded) { Confidential = true },
                new AgendaItem("4", Pending, VotingMethod.Hands),
            ], Nine).Value! with
            {
                // Q3: leave asked from the notice the day before and approved, carried in at the start.
                Leave = new LeaveCarriedIn([new LeaveRequested(Nine.AddDays(-1), "m4", "赴省厅参加培训")], [new LeaveApproved(Nine.AddDays(-1), "m4", "s")], []),
            },
        };
        MeetingState State() => MeetingState.Fold(log);
        void Run(Func<MeetingState, Result<MeetingEvent>> command) =>
            log.Add(command(State()).Value ?? throw new InvalidOperationException("sample command refused"));

        Run(m => m.DesignateObserver("s", "o1", "周明", Nine));
        foreach (var id in new[] { "s", "d", "m1", "m2", "m5", "r" }) Run(m => m.CheckIn(id, Nine.AddMinutes(1)));
        Run(m => m.SubmitWrittenOpinion("m4", "1", "同意预算安排", Nine.AddMinutes(2)));
        Run(m => m.RecordNote("r", "1", BudgetNote, Nine.AddMinutes(4)));

        Run(m => m.OpenVote("s", "1", Nine.AddMinutes(5)));
        Run(m => m.CastBallot("d", "1", VoteChoice.Yes, Nine.AddMinutes(6)));
        Run(m => m.CastBallot("m1", "1", VoteChoice.No, Nine.AddMinutes(6)));
        Run(m => m.CastBallot("m2", "1", VoteChoice.Yes, Nine.AddMinutes(6)));
        Run(m => m.CastBallot("m5", "1", VoteChoice.Yes, Nine.AddMinutes(6)));
        Run(m => m.CastBallot("s", "1", VoteChoice.Yes, Nine.AddMinutes(7)));
        Run(m => m.CloseVote("s", "1", Nine.AddMinutes(8)));
        Run(m => m.DeclareReservation("m1", "1", "建议压减会议费", Nine.AddMinutes(8)));

        Run(m => m.OpenVote("s", "2", Nine.AddMinutes(9)));
        var box = new SecretBallotBox("2", 4, 0, 1, ImmutableSortedSet.Create("d", "m1", "m2", "m5", "s"), Sealed: true);
        Run(m => m.CloseVote("s", "2", Nine.AddMinutes(10), box));

        Run(m => m.RecordNote("r", "3", SecretNote, Nine.AddMinutes(11)));
        Run(m => m.OpenVote("s", "3", Nine.AddMinutes(11)));
        Run(m => m.CastBallot("m1", "3", VoteChoice.Abstain, Nine.AddMinutes(12)));
        Run(m => m.CastBallot("d", "3", VoteChoice.Yes, Nine.AddMinutes(12)));
        Run(m => m.CastBallot("m2", "3", VoteChoice.Yes, Nine.AddMinutes(12)));
        Run(m => m.CastBallot("m5", "3", VoteChoice.Yes, Nine.AddMinutes(12)));
        Run(m => m.CastBallot("s", "3", VoteChoice.Yes, Nine.AddMinutes(13)));
        Run(m => m.CloseVote("s", "3", Nine.AddMinutes(14)));
        Run(m => m.Leave("m2", Nine.AddMinutes(15)));

        Run(m => m.End("s", Nine.AddMinutes(20)));
        Run(m => m.CorrectMinutes("s", Correction, Nine.AddMinutes(25)));
        if (signed) Run(m => m.SignMinutes("s", Nine.AddMinutes(30)));
        return CoreMinutes.Draft(State());
    }
}
