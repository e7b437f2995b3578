using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Infrastructure;
using Xunit.Sdk;

namespace PartyGroupBot.Tests.Texts;

/// <summary>The golden check itself can fail: a changed line fails with a diff and leaves the received text to read.</summary>
[Trait("Category", "Core")]
public sealed class GoldenTests
{
    [Fact]
    public void A_changed_line_fails_with_a_line_diff_and_writes_the_received_text()
    {
        var relative = Path.Combine("Golden-selftest", Guid.NewGuid().ToString("N") + ".txt");
        var path = Path.Combine(AppContext.BaseDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "党组会议纪要\n结果：通过\n赞成：4\n");
        var received = Path.ChangeExtension(path, null) + ".received.txt";
        try
        {
            Golden.Check(relative, "党组会议纪要\n结果：通过\n赞成：4");
            Assert.False(File.Exists(received));

            var failure = Assert.Throws<XunitException>(() => Golden.Check(relative, "党组会议纪要\n结果：暂缓\n赞成：4\n"));
            Assert.Contains("   2 - 结果：通过", failure.Message);
            Assert.Contains("   2 + 结果：暂缓", failure.Message);
            Assert.DoesNotContain("党组会议纪要", failure.Message.Split('\n').Where(l => l.Contains(" - ") || l.Contains(" + ")));
            Assert.Equal("党组会议纪要\n结果：暂缓\n赞成：4\n", File.ReadAllText(received));
        }
        finally
        {
            File.Delete(path);
            File.Delete(received);
        }
    }

    [Fact]
    public void A_card_is_read_as_text_facts_inputs_and_buttons_in_order()
    {
        var card = JObject.Parse("""
            {"type":"AdaptiveCard","body":[
              {"type":"TextBlock","text":"纪要"},
              {"type":"FactSet","facts":[{"title":"结果","value":"通过"}]},
              {"type":"Container","items":[{"type":"Input.Text","id":"text","label":"修改意见"}]}],
             "actions":[{"type":"Action.Execute","title":"签发"}]}
            """);
        Assert.Equal("纪要\n结果：通过\n［输入：修改意见］\n［按钮：签发］", Golden.Render(card));
    }
}
