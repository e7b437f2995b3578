namespace PartyGroupBot.Core.Meetings;

public enum MeetingKind
{
    /// <summary>党组会议 (MK1)</summary>
    PartyGroupMeeting,
    /// <summary>民主生活会 (MK2)</summary>
    DemocraticLifeMeeting,
    /// <summary>理论学习中心组 (MK3)</summary>
    StudyGroup,
}
