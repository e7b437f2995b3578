namespace PartyGroupBot.Core.Groups;

/// <summary>A person's role in the party group (党组), as catalogued in RULES.md "Roles".</summary>
public enum Role
{
    /// <summary>党组书记</summary>
    Secretary,
    /// <summary>党组副书记</summary>
    DeputySecretary,
    /// <summary>分管党建工作的党组成员</summary>
    PartyBuildingLead,
    /// <summary>党组成员</summary>
    Member,
    /// <summary>办公室主任: attends without a vote.</summary>
    OfficeDirector,
    /// <summary>专职记录: attends without a vote.</summary>
    Recorder,
    /// <summary>列席人员: no vote.</summary>
    Observer,
    /// <summary>派驻纪检监察组</summary>
    DisciplineLiaison,
    /// <summary>局长</summary>
    Director,
}

public static class RoleNames
{
    private static readonly Dictionary<string, Role> ByName = new(StringComparer.Ordinal)
    {
        ["secretary"] = Role.Secretary,
        ["deputySecretary"] = Role.DeputySecretary,
        ["partyBuildingLead"] = Role.PartyBuildingLead,
        ["member"] = Role.Member,
        ["officeDirector"] = Role.OfficeDirector,
        ["recorder"] = Role.Recorder,
        ["observer"] = Role.Observer,
        ["disciplineLiaison"] = Role.DisciplineLiaison,
        ["director"] = Role.Director,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static bool TryParse(string? name, out Role role) => ByName.TryGetValue(name ?? "", out role);

    public static string Name(this Role role) => ByName.First(p => p.Value == role).Key;

    /// <summary>Who attends a meeting by role and gets its notice (AG2): the members with a vote, the office director who
    /// organises it and the recorder who keeps the record (A13(2), A13(5)); observers are invited per meeting (Q5).</summary>
    public static bool AttendsByRole(this Role role) => role.HasVote() || role is Role.OfficeDirector or Role.Recorder;

    /// <summary>Only these roles vote (RULES.md Roles: "Members with a vote").</summary>
    public static bool HasVote(this Role role) =>
        role is Role.Secretary or Role.DeputySecretary or Role.PartyBuildingLead or Role.Member;
}
