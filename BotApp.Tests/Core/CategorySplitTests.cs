using System.Text.Json;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Storage;
using Xunit;

namespace PartyGroupBot.Tests.Core;

/// <summary>AG7: personnel split into appointment, nomination and rewards; with discipline these are voted person by person
/// (V7); ⅔ applies to appointment in A, to appointment and discipline in B (Q2). Logs that say personnel read as appointment.</summary>
[Trait("Category", "Core")]
public class CategorySplitTests
{
    [Theory]
    [InlineData(ItemCategory.Appointment, true)]
    [InlineData(ItemCategory.Nomination, true)]
    [InlineData(ItemCategory.Rewards, true)]
    [InlineData(ItemCategory.Discipline, true)]
    [InlineData(ItemCategory.Finance, false)]
    [InlineData(ItemCategory.Policy, false)]
    public void Four_categories_name_people_and_are_voted_person_by_person_V7(ItemCategory category, bool aboutPeople) =>
        Assert.Equal(aboutPeople, category.IsAboutPeople());

    [Fact]
    public void Two_thirds_categories_follow_each_seed_Q2()
    {
        Assert.Equal([ItemCategory.Appointment], RuleProfiles.ChengzhongHrss2021.TwoThirdsCategories.Order());
        Assert.Equal([ItemCategory.Appointment, ItemCategory.Discipline], RuleProfiles.ChangjiTransport2020.TwoThirdsCategories.Order());
    }

    [Fact]
    public void Stored_personnel_reads_as_appointment_AG7()
    {
        var item = JsonSerializer.Deserialize<AgendaItem>("""{"id":"1","title":"推荐","method":"secret","category":"personnel"}""", EventSerializer.Options)!;
        Assert.Equal(ItemCategory.Appointment, item.Category);
        Assert.Contains("\"appointment\"", JsonSerializer.Serialize(item, EventSerializer.Options));
        var profile = RuleProfileJson.Parse("""{"id":"own","name":"自定","basedOn":"chengzhong-hrss-2021","twoThirdsCategories":["personnel","discipline"]}""");
        Assert.Equal([ItemCategory.Appointment, ItemCategory.Discipline], profile.Value!.TwoThirdsCategories.Order());
    }

    [Fact]
    public void Delegate_role_follows_each_seed_MK1()
    {
        Assert.Equal(Role.PartyBuildingLead, RuleProfiles.ChengzhongHrss2021.ChairDelegateRole);
        Assert.Equal(Role.DeputySecretary, RuleProfiles.ChangjiTransport2020.ChairDelegateRole);
    }
}
