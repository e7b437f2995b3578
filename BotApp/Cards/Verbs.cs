namespace PartyGroupBot.Cards;

/// <summary>
/// The Action.Execute verbs: the button a card draws and the arm of <c>CardActions</c> that handles it name the same
/// constant. The values are the wire protocol (docs/card-protocol.md): Teams sends them back when a button is clicked,
/// so they never change. Here in Cards, so that cards need nothing from the Bot layer.
/// </summary>
public static class Verbs
{
    public const string SaveSetup = "saveSetup";
    public const string StartMeeting = "startMeeting";
    public const string CheckIn = "checkIn";
    public const string RequestLeave = "requestLeave";
    public const string ApproveLeave = "approveLeave";
    public const string RefuseLeave = "refuseLeave";
    public const string SubmitOpinion = "submitOpinion";
    public const string LeaveMeeting = "leaveMeeting";
    public const string Recuse = "recuse";
    public const string RuleRecusal = "ruleRecusal";
    public const string CloseFloor = "closeFloor";
    public const string DeclareReservation = "declareReservation";
    public const string OpenDiscussion = "openDiscussion";
    public const string OpenVote = "openVote";
    public const string CastVote = "castVote";
    public const string CloseVote = "closeVote";
    public const string RefreshBallot = "refreshBallot";
    public const string EndMeeting = "endMeeting";
    public const string SignMinutes = "signMinutes";
    public const string CorrectMinutes = "correctMinutes";
    public const string RecordNote = "recordNote";
    public const string RequestRecord = "requestRecord";
    public const string ApproveRecordAccess = "approveRecordAccess";
    public const string DesignateBriefer = "designateBriefer";
    public const string ProposeItem = "proposeItem";
    public const string ConsentItem = "consentItem";
    public const string ApproveItem = "approveItem";
    public const string ReturnItem = "returnItem";
    public const string ScheduleMeeting = "scheduleMeeting";
    public const string DelegateChair = "delegateChair";
    public const string RecordDecision = "recordDecision";
    public const string ReportProgress = "reportProgress";
    public const string CompleteDecision = "completeDecision";
    public const string StartDemocraticLife = "startDemocraticLife";
    public const string StartStudySession = "startStudySession";
    public const string SubmitStatement = "submitStatement";
    public const string ResendMessages = "resendMessages";
    public const string RecordRectification = "recordRectification";
}
