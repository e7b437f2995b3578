using System.Diagnostics;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Reminders;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>A card per reminder kind, in zh-CN, citing the rule and the group's own article; each parses and renders in the official renderer.</summary>
[Trait("Category", "System")]
public sealed class ReminderCardTests
{
    private static readonly DateTimeOffset Nine = new(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(8));

    private static Reminder Sample(ReminderKind kind) =>
        new($"sample|{kind}", kind, Recipient.Channel, Nine) { Title = "三月党组会议", Deadline = Nine.AddHours(1) };

    [Fact]
    public void An_agenda_notice_names_the_meeting_its_local_time_and_cites_AG2_with_the_groups_article()
    {
        var text = ReminderCard.Build(Sample(ReminderKind.AgendaNotice), RuleProfiles.ChengzhongHrss2021).AllText();
        Assert.Contains("会议通知：三月党组会议", text);
        Assert.Contains("2026-03-16 10:00", text);
        Assert.Contains("[AG2] 第十三条（二）", text);
    }

    [Fact]
    public void An_overdue_decision_says_so_and_cites_IM2_of_seed_B()
    {
        var text = ReminderCard.Build(Sample(ReminderKind.DecisionOverdue) with { Title = "整改巡察反馈问题" }, RuleProfiles.ChangjiTransport2020).AllText();
        Assert.Contains("督办事项“整改巡察反馈问题”已于 2026-03-16 10:00 到期", text);
        Assert.Contains("[IM2] 第十八条（七）", text);
    }

    [Fact]
    public async Task Every_reminder_card_parses_and_renders_in_the_official_renderer()
    {
        var dir = Path.Combine(RepoRoot.Path, ".run", "reminder-cards");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        foreach (var kind in Enum.GetValues<ReminderKind>())
            await File.WriteAllTextAsync(Path.Combine(dir, kind + ".json"), ReminderCard.Build(Sample(kind), RuleProfiles.ChengzhongHrss2021).ToString());

        var info = new ProcessStartInfo("node") { WorkingDirectory = RepoRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("scripts/check-cards.js");
        info.ArgumentList.Add(dir);
        using var node = Process.Start(info)!;
        var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        var count = Enum.GetValues<ReminderKind>().Length;
        Assert.True(node.ExitCode == 0, output);
        Assert.Contains($"{count} of {count} cards parse, validate and render", output);
    }
}
