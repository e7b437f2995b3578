using PartyGroupBot.Core.Meetings;

namespace PartyGroupBot.Tests.Core;

/// <summary>The personnel item the V5/V7 tests vote on person by person: 李四 (c1) and 王五 (c2).</summary>
public static class PersonnelItems
{
    public static AgendaItem TwoCandidates(string id, VotingMethod method, ItemCategory category) =>
        new(id, "关于推荐科级干部人选的议题", method, category)
        {
            Candidates = [new Candidate("c1", "李四"), new Candidate("c2", "王五")],
        };
}
