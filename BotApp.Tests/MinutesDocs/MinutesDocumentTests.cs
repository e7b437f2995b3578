using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.MinutesDocs;
using static PartyGroupBot.Tests.MinutesDocs.SampleMinutes;

namespace PartyGroupBot.Tests.MinutesDocs;

/// <summary>The signed minutes as a Word document (issue 5; MN3, MN6, V2, GB/T 9704 layout).</summary>
[Trait("Category", "Core")]
public sealed class MinutesDocumentTests
{
    [Fact]
    public void Unsigned_minutes_are_never_made_into_a_document()
    {
        var draft = Draft(signed: false);
        Assert.False(draft.IsSigned);
        Assert.Throws<InvalidOperationException>(() => MinutesDocument.Build(draft, Profile));
    }

    [Theory]
    [InlineData(MinutesAudience.Channel)]
    [InlineData(MinutesAudience.Record)]
    public void The_document_opens_and_validates_clean(MinutesAudience audience)
    {
        var bytes = MinutesDocument.Build(Draft(), Profile, new MinutesDocumentOptions { Audience = audience });
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(doc).ToList();
            Assert.True(errors.Count == 0, $"{version}: " + string.Join("\n",
                errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void The_document_holds_the_minutes_in_Chinese()
    {
        // The full record, so every item is there; the channel's copy is checked below.
        var text = Paragraphs(MinutesDocument.Build(Draft(), Profile, new MinutesDocumentOptions { Audience = MinutesAudience.Record }));

        Assert.Equal(Issuer, text[0]);
        Assert.Contains("党组会议纪要", text);
        Assert.Contains("（2026年11月26日）", text);
        Assert.Contains("2026年11月26日上午，王建国主持召开党组会议。会议应到7人，实到5人。现将会议议定事项纪要如下：", text);
        Assert.Contains($"一、{Budget}", text);
        Assert.Contains("表决方式：记名投票。表决结果：通过。赞成4票，反对1票，弃权0票；应到会7人，实到5人。", text);
        // V5: names in voting order, the chair last.
        Assert.Contains("表决情况（按表决顺序，主持人最后表态）：李明赞成；张伟反对；刘芳赞成；黄蕾赞成；王建国赞成。", text);
        Assert.Contains($"二、{Recommendation}", text);
        Assert.Contains($"三、{Confidential}（涉密）", text);
        Assert.Contains($"四、{Pending}", text);
        Assert.Contains("表决方式：举手表决。本议题未表决。", text);
        Assert.Contains("出席：王建国、李明、张伟、刘芳（9:15离会）、黄蕾、孙丽", text);
        Assert.Contains("请假：赵磊（赴省厅参加培训）", text);
        Assert.Contains("缺席：陈静", text);
        Assert.Contains("列席：周明", text);
        Assert.Contains("记录：孙丽", text);
        // V4 and V9, in the item they belong to.
        Assert.Equal(
        [
            "赵磊书面意见（不计入表决）：同意预算安排。",
            $"发言和讨论记录（9:04，孙丽记）：{BudgetNote}",
            "表决方式：记名投票。表决结果：通过。赞成4票，反对1票，弃权0票；应到会7人，实到5人。",
            "表决情况（按表决顺序，主持人最后表态）：李明赞成；张伟反对；刘芳赞成；黄蕾赞成；王建国赞成。",
            "张伟保留意见：建议压减会议费。",
        ], Section(text, $"一、{Budget}"));
        Assert.Contains("签发人：王建国", text);
        Assert.Contains($"{Issuer}\t2026年11月26日印发", text);
    }

    [Fact]
    public void A_secret_item_shows_counts_only_even_if_the_record_passed_in_names_voters()
    {
        var minutes = Draft();
        // A record that somehow carried named ballots on a secret item must still print counts only (V2).
        var forged = minutes with
        {
            Items = minutes.Items.Select(i => i.Title == Recommendation
                ? i with { Ballots = [new NamedBallot("李明", VoteChoice.Yes), new NamedBallot("张伟", VoteChoice.Abstain)] }
                : i).ToList(),
        };
        foreach (var record in new[] { minutes, forged })
        {
            var section = Section(Paragraphs(MinutesDocument.Build(record, Profile)), $"二、{Recommendation}");
            Assert.Equal(["表决方式：无记名投票。表决结果：通过。赞成4票，反对0票，弃权1票；应到会7人，实到5人。"], section);
        }
    }

    [Fact]
    public void A_channel_document_leaves_confidential_items_out()
    {
        Assert.Equal(MinutesAudience.Channel, new MinutesDocumentOptions().Audience);
        Assert.True(Draft().Items.Single(i => i.Title == Confidential).Confidential);
        var bytes = MinutesDocument.Build(Draft(), Profile);

        var text = Paragraphs(bytes);
        Assert.DoesNotContain(text, p => p.Contains(Confidential));
        Assert.DoesNotContain(text, p => p.Contains("张伟弃权"));
        Assert.DoesNotContain(text, p => p.Contains("涉密"));
        // The public items are numbered without a gap.
        Assert.Equal([$"一、{Budget}", $"二、{Recommendation}", $"三、{Pending}"], Headings(bytes));
        // Nowhere in the package either: not in document properties, footers or any other part.
        Assert.DoesNotContain(Confidential, AllPartsXml(bytes));
    }

    [Fact]
    public void The_full_record_keeps_confidential_items_and_marks_them()
    {
        var bytes = MinutesDocument.Build(Draft(), Profile, new MinutesDocumentOptions { Audience = MinutesAudience.Record });
        Assert.Equal([$"一、{Budget}", $"二、{Recommendation}", $"三、{Confidential}（涉密）", $"四、{Pending}"], Headings(bytes));
        Assert.Contains("表决情况（按表决顺序，主持人最后表态）：张伟弃权；李明赞成；刘芳赞成；黄蕾赞成；王建国赞成。", Paragraphs(bytes));
    }

    [Fact]
    public void MN1_MN6_the_recorders_notes_are_in_the_full_record_only_with_time_and_author()
    {
        var record = Paragraphs(MinutesDocument.Build(Draft(), Profile, new MinutesDocumentOptions { Audience = MinutesAudience.Record }));
        Assert.Contains($"发言和讨论记录（9:04，孙丽记）：{BudgetNote}", Section(record, $"一、{Budget}"));
        Assert.Contains($"发言和讨论记录（9:11，孙丽记）：{SecretNote}", Section(record, $"三、{Confidential}（涉密）"));

        // The channel's copy: individual statements stay inside the meeting, in no part of the package.
        var channel = MinutesDocument.Build(Draft(), Profile);
        Assert.DoesNotContain(Paragraphs(channel), p => p.Contains("发言和讨论记录"));
        Assert.DoesNotContain(BudgetNote, AllPartsXml(channel));
        Assert.DoesNotContain(SecretNote, AllPartsXml(channel));
    }

    [Theory]
    [InlineData(MinutesAudience.Channel)]
    [InlineData(MinutesAudience.Record)]
    public void MN3_corrections_follow_the_items_apart_from_them_with_time_and_author(MinutesAudience audience)
    {
        var text = Paragraphs(MinutesDocument.Build(Draft(), Profile, new MinutesDocumentOptions { Audience = audience }));
        var heading = text.IndexOf("修改意见（追加，不改动原记录）：");
        Assert.True(heading > text.IndexOf($"{(audience == MinutesAudience.Channel ? "三" : "四")}、{Pending}"), "corrections come after the last item");
        Assert.Equal($"2026年11月26日9:25，王建国：{Correction}", text[heading + 1]);
        Assert.True(text.IndexOf(text.First(p => p.StartsWith("出席："))) > heading + 1, "and before the attendance list");
        // Never written into the item it is about (MN1).
        Assert.DoesNotContain(Section(text, $"一、{Budget}"), p => p.Contains(Correction));
    }

    [Fact]
    public void IM1_place_presenter_and_the_decisions_owner_and_due_date_are_in_the_document()
    {
        var minutes = Draft();
        minutes = minutes with
        {
            Place = "三楼会议室",
            Items = minutes.Items.Select(i => i.Title == Budget
                ? i with { Presenter = "刘芳", Category = ItemCategory.Finance, Decisions = [new DecisionMinutes(null, "李明", new DateOnly(2026, 12, 31))] }
                : i).ToList(),
        };
        var text = Paragraphs(MinutesDocument.Build(minutes, Profile));
        Assert.Contains("2026年11月26日上午，王建国在三楼会议室主持召开党组会议。会议应到7人，实到5人。现将会议议定事项纪要如下：", text);
        var section = Section(text, $"一、{Budget}");
        Assert.Equal("议题类别：财务支出；汇报人：刘芳。", section[0]);
        Assert.Equal("落实责任人：李明，办结期限：2026年12月31日。", section[^1]);
    }

    [Fact]
    public void The_layout_follows_GB_T_9704()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(MinutesDocument.Build(Draft(), Profile)), false);
        var main = doc.MainDocumentPart!;
        var section = main.Document.Body!.GetFirstChild<SectionProperties>()!;

        // A4 and margins 37 / 35 / 28 / 26 mm, in twips.
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        // 22 lines of 579 twips fill the 225 mm 版心.
        var pitch = section.GetFirstChild<DocGrid>()!.LinePitch!.Value;
        Assert.Equal(22, (16838 - 2098 - 1984) / pitch);

        var styles = main.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋_GB2312", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", defaults.FontSize!.Val!.Value); // 三号
        Style StyleOf(string id) => styles.Elements<Style>().Single(s => s.StyleId == id);
        Assert.Equal(("方正小标宋简体", "44"), (StyleOf("Title").StyleRunProperties!.RunFonts!.EastAsia!.Value!, StyleOf("Title").StyleRunProperties!.FontSize!.Val!.Value!)); // 二号
        Assert.Equal(JustificationValues.Center, StyleOf("Title").StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("黑体", StyleOf("Heading1").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("FF0000", StyleOf("Issuer").StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal("FF0000", StyleOf("RedRule").StyleParagraphProperties!.ParagraphBorders!.BottomBorder!.Color!.Value);

        // Fallbacks for machines without the GB fonts.
        var fonts = main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("宋体", fonts["方正小标宋简体"]);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);

        // Page numbers "— n —" on the outside edge: right on odd pages, left on even pages.
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var footers = section.Elements<FooterReference>().ToDictionary(
            r => r.Type!.Value, r => ((FooterPart)main.GetPartById(r.Id!.Value!)).Footer!);
        Assert.Equal(JustificationValues.Right, footers[HeaderFooterValues.Default].Descendants<Justification>().Single().Val!.Value);
        Assert.Equal(JustificationValues.Left, footers[HeaderFooterValues.Even].Descendants<Justification>().Single().Val!.Value);
        foreach (var footer in footers.Values)
        {
            Assert.Equal(" PAGE ", footer.Descendants<FieldCode>().Single().Text);
            Assert.StartsWith("— ", footer.InnerText);
            Assert.EndsWith(" —", footer.InnerText);
        }
    }

    [Fact]
    public void The_issuer_comes_from_the_profile_unless_given()
    {
        Assert.Equal(Issuer, MinutesDocument.IssuerFrom(Profile));
        Assert.Equal("中共昌吉州交通运输局党组", MinutesDocument.IssuerFrom(RuleProfiles.ChangjiTransport2020));
        var text = Paragraphs(MinutesDocument.Build(Draft(), Profile, new MinutesDocumentOptions { Issuer = "中共某某局党组" }));
        Assert.Equal("中共某某局党组", text[0]);
        Assert.Equal("党组会议纪要-2026-11-26-m-2026-11.docx", MinutesDocument.FileName(Draft(), Profile));
    }

    internal static List<string> Paragraphs(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e switch { Text t => t.Text, TabChar => "\t", _ => "" })))
            .ToList();
    }

    private static List<string> Headings(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText).ToList();
    }

    /// <summary>The paragraphs after a heading, up to the next heading or the attendance list.</summary>
    private static List<string> Section(List<string> text, string heading) =>
        text.SkipWhile(p => p != heading).Skip(1)
            .TakeWhile(p => p.Length > 0 && !(p.Length > 1 && p[1] == '、') && !p.StartsWith("出席："))
            .ToList();

    private static string AllPartsXml(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
