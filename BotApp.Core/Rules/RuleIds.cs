namespace PartyGroupBot.Core;

/// <summary>
/// The rule IDs of RULES.md's catalogue, one constant each, so a typo is a compile error rather than a refusal citing
/// no rule. The value is what users see in a refusal's citation ("[V5] 第十三条（四）") and what the profiles map to
/// their articles, so it never changes.
/// </summary>
public static class RuleIds
{
    // Meeting kinds (MK)
    public const string MK1 = "MK1";
    public const string MK2 = "MK2";
    public const string MK3 = "MK3";

    // Agenda (AG)
    public const string AG1 = "AG1";
    public const string AG2 = "AG2";
    public const string AG3 = "AG3";
    public const string AG4 = "AG4";
    public const string AG5 = "AG5";
    public const string AG6 = "AG6";
    public const string AG7 = "AG7";

    // Attendance and quorum (Q)
    public const string Q1 = "Q1";
    public const string Q2 = "Q2";
    public const string Q3 = "Q3";
    public const string Q4 = "Q4";
    public const string Q5 = "Q5";
    public const string Q6 = "Q6";
    public const string Q7 = "Q7";

    // Voting (V)
    public const string V1 = "V1";
    public const string V2 = "V2";
    public const string V3 = "V3";
    public const string V4 = "V4";
    public const string V5 = "V5";
    public const string V6 = "V6";
    public const string V7 = "V7";
    public const string V8 = "V8";
    public const string V9 = "V9";
    public const string V10 = "V10";
    public const string V11 = "V11";

    // Records and minutes (MN)
    public const string MN1 = "MN1";
    public const string MN2 = "MN2";
    public const string MN3 = "MN3";
    public const string MN4 = "MN4";
    public const string MN5 = "MN5";
    public const string MN6 = "MN6";

    // Implementation (IM)
    public const string IM1 = "IM1";
    public const string IM2 = "IM2";
    public const string IM3 = "IM3";

    // Democratic life meeting (DL)
    public const string DL1 = "DL1";
    public const string DL2 = "DL2";
    public const string DL3 = "DL3";
    public const string DL4 = "DL4";
    public const string DL5 = "DL5";
    public const string DL6 = "DL6";

    // Periodic duties (reminders) (PD)
    public const string PD1 = "PD1";
    public const string PD2 = "PD2";
    public const string PD3 = "PD3";
    public const string PD4 = "PD4";
}
