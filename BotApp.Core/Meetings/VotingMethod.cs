namespace PartyGroupBot.Core.Meetings;

/// <summary>表决方式 (V2).</summary>
public enum VotingMethod
{
    /// <summary>口头表决</summary>
    Oral,
    /// <summary>举手表决</summary>
    Hands,
    /// <summary>无记名投票: no stored link between voter and choice.</summary>
    Secret,
    /// <summary>记名投票</summary>
    Recorded,
}

/// <summary>A member's position on an item.</summary>
public enum VoteChoice
{
    /// <summary>赞成</summary>
    Yes,
    /// <summary>反对</summary>
    No,
    /// <summary>弃权</summary>
    Abstain,
    /// <summary>缓议: on a personnel candidate only (V7); not a yes.</summary>
    Defer,
}

/// <summary>What a closed vote decided.</summary>
public enum VoteOutcome
{
    /// <summary>通过</summary>
    Passed,
    /// <summary>未通过</summary>
    Failed,
    /// <summary>暂缓 (V8)</summary>
    Deferred,
    /// <summary>未达法定人数</summary>
    NoQuorum,
}
