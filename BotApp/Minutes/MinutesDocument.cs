using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PartyGroupBot.Cards;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Minutes;
using PartyGroupBot.Core.Profiles;
using Tx = PartyGroupBot.Texts.Texts;

// Not "PartyGroupBot.Minutes": a namespace of that name would hide the Core Minutes type from every
// PartyGroupBot.* file that says `Minutes.Draft(...)` through a using directive.
namespace PartyGroupBot.MinutesDocs;

/// <summary>Who the document is for (MN6).</summary>
public enum MinutesAudience
{
    /// <summary>The team's channel and its files: signed minutes without confidential (涉密) items (MN6, AG6).</summary>
    Channel,
    /// <summary>The full record, read only with approval (MN2): confidential items included and marked 涉密.</summary>
    Record,
}

public sealed record MinutesDocumentOptions
{
    /// <summary>发文机关 shown in the red header, e.g. "中共西宁市城中区人社局党组". Null: derived from the profile's name.</summary>
    public string? Issuer { get; init; }

    /// <summary>Channel unless said otherwise: confidential items (<see cref="ItemMinutes.Confidential"/>, AG6) are left out.</summary>
    public MinutesAudience Audience { get; init; } = MinutesAudience.Channel;

}

/// <summary>
/// The signed minutes as a Word document in the layout of Chinese official documents (GB/T 9704-2012, as far as
/// practical): A4, margins 37/35/28/26 mm (版心 156 × 225 mm), red 发文机关标志 and red rule, title in 方正小标宋简体
/// 二号, body in 仿宋_GB2312 三号 on a 22-line grid, headings in 黑体, page numbers "— n —" in 宋体 四号, outside
/// edge of odd and even pages. Fonts a machine lacks fall back through the font table's altName (宋体, 仿宋, 黑体, 楷体).
/// Always Chinese: the minutes are the group's official record.
/// </summary>
public static partial class MinutesDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt.
    private const int ErHao = 44, SanHao = 32, SiHao = 28;
    // 1 mm = 1440 / 25.4 twips.
    private static uint Mm(double mm) => (uint)Math.Round(mm * 1440 / 25.4);
    // GB/T 9704 7.1: 22 lines in the 225 mm 版心 → 579 twips a line.
    private const int LinePitch = 579;
    // One character of 三号 body text, in twips (16 pt).
    private const int Char = 320;

    private const string Red = "FF0000";
    private const string Xbs = "方正小标宋简体", FangSong = "仿宋_GB2312", HeiTi = "黑体", KaiTi = "楷体_GB2312", SongTi = "宋体";

    private static readonly Tx T = Tx.Chinese;
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static byte[] Build(Core.Minutes.Minutes minutes, RuleProfile profile, MinutesDocumentOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, minutes, profile, options);
        return stream.ToArray();
    }

    /// <summary>Writes the .docx to <paramref name="stream"/>, which must be writable and seekable.</summary>
    public static void Write(Stream stream, Core.Minutes.Minutes minutes, RuleProfile profile, MinutesDocumentOptions? options = null)
    {
        if (!minutes.IsSigned) throw new InvalidOperationException("Unsigned minutes are never issued (MN3).");
        options ??= new MinutesDocumentOptions();
        var issuer = options.Issuer ?? IssuerFrom(profile);
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var section = SetUpPages(main);

        var body = new Body();
        AppendMinutes(body, minutes, profile, options.Audience, issuer);

        body.Append(section);

        var started = LocalTime.In(minutes.StartedAt, profile);
        main.Document = new Document(body);
        doc.PackageProperties.Title = TitleOf(minutes.Kind);
        doc.PackageProperties.Subject = $"{issuer} {Date(started)}";
        doc.PackageProperties.Creator = minutes.SignedBy;
        doc.PackageProperties.Identifier = minutes.MeetingId;
        doc.PackageProperties.Language = "zh-CN";
        doc.PackageProperties.Created = minutes.SignedAt.Value.UtcDateTime;
        doc.PackageProperties.Modified = minutes.SignedAt.Value.UtcDateTime;
    }

    /// <summary>
    /// The parts every document in the minutes' style has (styles, fonts, settings, the odd and even page-number footers);
    /// the section they give goes last in the body.
    /// </summary>
    private static SectionProperties SetUpPages(MainDocumentPart main)
    {
        AddStyles(main);
        AddFonts(main);
        AddSettings(main);
        var oddFooter = AddFooter(main, JustificationValues.Right, new Indentation { Right = Char.ToString() });
        var evenFooter = AddFooter(main, JustificationValues.Left, new Indentation { Left = Char.ToString() });
        return Section(main, oddFooter, evenFooter);
    }

    /// <summary>A4 with the GB/T 9704 margins and line grid, odd and even page numbers.</summary>
    private static SectionProperties Section(MainDocumentPart main, FooterPart oddFooter, FooterPart evenFooter) =>
        new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(oddFooter) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(evenFooter) },
            new PageSize { Width = Mm(210), Height = Mm(297) },
            new PageMargin
            {
                Top = (int)Mm(37), Bottom = (int)Mm(35), Left = Mm(28), Right = Mm(26),
                Header = Mm(15), Footer = Mm(23), Gutter = 0,
            },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch });

    /// <summary>One meeting's minutes, 版头 to 版记, into <paramref name="body"/>; the register (汇编) puts several in one document.</summary>
    private static void AppendMinutes(Body body, Core.Minutes.Minutes minutes, RuleProfile profile, MinutesAudience audience, string issuer)
    {
        // AG6, MN6: the channel's copy has no confidential item at all, not even its title.
        var items = (audience == MinutesAudience.Record ? minutes : minutes.ForChannel()).Items
            .Select(i => (Item: i, i.Confidential))
            .ToList();
        var started = LocalTime.In(minutes.StartedAt, profile);
        var signedAt = LocalTime.In(minutes.SignedAt!.Value, profile);

        // 版头: 发文机关标志 in red, then the red rule across the 版心 (GB/T 9704 7.2.4, 7.2.6).
        body.Append(Para("Issuer", Run(issuer, size: IssuerSize(issuer))));
        body.Append(Para("RedRule"));

        // 标题, then the meeting date under it.
        body.Append(Para("Title", Run(TitleOf(minutes.Kind))));
        body.Append(Para("Subtitle", Run($"（{Date(started)}）")));

        var votingPresent = minutes.Present.Count(p => p.Role.HasVote());
        // 应到: every voting member, whether present, on leave (Q3) or absent without leave.
        var due = votingPresent + (minutes.OnLeave?.Count ?? 0) + minutes.Absent.Count;
        body.Append(Para(null, Run(
            $"{Date(started)}{(started.Hour < 12 ? "上午" : "下午")}，{minutes.ChairName}{(minutes.ChairDelegated ? "受党组书记委托" : "")}{(minutes.Place is { Length: > 0 } place ? $"在{place}" : "")}主持召开{KindName(minutes.Kind)}。" +
            $"会议应到{due}人，实到{votingPresent}人。现将会议议定事项纪要如下：")));

        var number = 0;
        foreach (var (item, confidential) in items)
        {
            body.Append(Para("Heading1", Run($"{Numeral(++number)}、{item.Title}{(confidential ? "（涉密）" : "")}")));
            foreach (var text in ItemText(item, profile)) body.Append(Para(null, Run(text)));
        }
        if (items.Count == 0) body.Append(Para(null, Run("本次会议无可公开的议定事项。")));

        // MN3: corrections the secretary returned the draft with, after the record and apart from it (MN1: never written in).
        if (minutes.Corrections.Count > 0)
        {
            body.Append(Para(null));
            body.Append(Para(null, Run("修改意见（追加，不改动原记录）：", font: HeiTi)));
            foreach (var c in minutes.Corrections)
                body.Append(Para(null, Run($"{DateTime(LocalTime.In(c.At, profile))}，{c.Author}：{Sentence(c.Text)}")));
        }

        // 出席、缺席 (GB/T 9704 10.3: 黑体 label, 仿宋 names, continuation lines aligned after the colon).
        body.Append(Para(null));
        body.Append(Roll("出席", minutes.Present.Select(p =>
            p.LeftAt is { } left ? $"{p.Name}（{LocalTime.In(left, profile):H:mm}离会）" : p.Name)));
        // Q3: with the reason each gave, when the record has it.
        body.Append(Roll("请假", minutes.LeaveReasons.Count > 0
            ? minutes.LeaveReasons.Select(l => l.Text.Length > 0 ? $"{l.Name}（{l.Text}）" : l.Name)
            : minutes.OnLeave ?? []));
        body.Append(Roll("缺席", minutes.Absent));
        if (minutes.Observers is { Count: > 0 } observers) body.Append(Roll("列席", observers));
        if (minutes.Recorders.Count > 0) body.Append(Roll("记录", minutes.Recorders));

        // 签发 and 成文日期, right, 4 characters in from the edge (GB/T 9704 7.3.5.2).
        body.Append(Para(null));
        body.Append(Para("Signature", Run($"签发人：{minutes.SignedBy}")));
        body.Append(Para("Signature", Run(Date(signedAt))));
        // MN1: the chain head as issued, to check the stored record against with 核验记录.
        if (minutes.ChainHead is { } head) body.Append(Para("Signature", Run($"记录校验值：{head}")));

        // 版记: 印发机关 and 印发日期 between two rules (GB/T 9704 7.4.3).
        body.Append(Para(null));
        body.Append(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Colophon" }),
            Run(issuer), new Run(new TabChar()), Run($"{Date(signedAt)}印发")));

    }

    /// <summary>A file name for the archive: kind, local date and meeting id, safe for SharePoint.</summary>
    public static string FileName(Core.Minutes.Minutes minutes, RuleProfile profile)
    {
        var safeId = new string(minutes.MeetingId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return $"{TitleOf(minutes.Kind)}-{LocalTime.In(minutes.StartedAt, profile):yyyy-MM-dd}-{safeId}.docx";
    }

    /// <summary>"西宁市城中区人社局党组工作规则（2021）" → "中共西宁市城中区人社局党组".</summary>
    public static string IssuerFrom(RuleProfile profile)
    {
        var name = profile.Name;
        var at = name.IndexOf("党组", StringComparison.Ordinal);
        var group = at >= 0 ? name[..(at + 2)] : "党组";
        return group.StartsWith("中共", StringComparison.Ordinal) ? group : "中共" + group;
    }

    private static IEnumerable<string> ItemText(ItemMinutes item, RuleProfile profile)
    {
        if (item.Presenter is { } presenter) yield return $"议题类别：{T["agenda.category." + Cards.Words.Name(item.Category)]}；汇报人：{presenter}。";
        // AG4: a 临时议题 is marked with its reason; Q4: who presided over an item the chair was recused from.
        if (item.AdHocReason is { } adHoc) yield return $"临时议题，理由：{Sentence(adHoc)}";
        if (item.PresidedBy is { } stand) yield return $"主持人回避，本议题由{stand}主持。";
        // V4: written opinions of members on leave are recorded, and marked as not counted.
        foreach (var o in item.WrittenOpinions ?? []) yield return $"{o.Name}书面意见（不计入表决）：{Sentence(o.Text)}";
        // MN1: the recorder's notes, with time and author; the channel's copy has none (MN6, Minutes.ForChannel).
        foreach (var n in item.Notes) yield return $"发言和讨论记录（{LocalTime.In(n.At, profile):H:mm}，{n.Author}记）：{Sentence(n.Text)}";
        var method = $"表决方式：{T.Method(item.Method)}。";
        if (item.Tally is not { } tally)
        {
            yield return method + "本议题未表决。";
            yield break;
        }
        // V8: the chair declared the matter urgent at the close, so the majority decided.
        if (item.UrgentReason is { } urgent) yield return $"主持人宣布情况紧急，按多数意见作出决定，理由：{Sentence(urgent)}";
        yield return method +
            $"表决结果：{T.Outcome(tally.Outcome)}。赞成{tally.Yes}票，反对{tally.No}票，弃权{tally.Abstain}票；" +
            $"应到会{tally.Base}人，实到{tally.Present}人。";
        // V2: a secret item shows its counts only, whatever the record passed in holds.
        if (item.Method != VotingMethod.Secret && item.Ballots.Count > 0)
            yield return "表决情况（按表决顺序，主持人最后表态）：" +
                string.Join("；", item.Ballots.Select(b => $"{b.Name}{T.Choice(b.Choice)}")) + "。";
        // V9: reservations are recorded; the decision binds all.
        foreach (var r in item.Reservations ?? []) yield return $"{r.Name}保留意见：{Sentence(r.Text)}";
        // IM1: who carries the decision out, and by when.
        foreach (var d in item.Decisions)
            yield return $"{(d.Candidate is { } c ? c + "：" : "")}落实责任人：{d.Owner}，办结期限：{d.Due.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}。";
    }

    private static string Sentence(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && "。！？.!?".Contains(t[^1]) ? t : t + "。";
    }

    private static Paragraph Roll(string label, IEnumerable<string> names)
    {
        var list = names.ToList();
        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Roll" }),
            Run($"{label}：", font: HeiTi),
            Run(list.Count == 0 ? T["minutes.none"] : string.Join("、", list)));
    }

    private static string TitleOf(MeetingKind kind) => T["minutes.record.title." + kind];

    private static string KindName(MeetingKind kind) => kind switch
    {
        MeetingKind.DemocraticLifeMeeting => "民主生活会",
        MeetingKind.StudyGroup => "理论学习中心组学习会",
        _ => "党组会议",
    };

    private static string Date(DateTimeOffset at) => at.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string DateTime(DateTimeOffset at) => at.ToString("yyyy年M月d日H:mm", CultureInfo.InvariantCulture);

    private static string Numeral(int n) =>
        n <= 10 ? Numerals[n - 1]
        : n < 20 ? "十" + Numerals[n - 11]
        : n < 100 ? Numerals[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : Numerals[n % 10 - 1])
        : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 发文机关标志 fills at most the 版心's width: 36 pt, smaller for long names.</summary>
    private static int IssuerSize(string issuer) => Math.Min(72, 2 * (int)Math.Floor(420.0 / Math.Max(1, issuer.Length)));

    private static Paragraph Para(string? style, params OpenXmlElement[] runs)
    {
        var p = new Paragraph();
        if (style is not null) p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(runs);
        return p;
    }

    private static Run Run(string text, string? font = null, int? size = null)
    {
        var run = new Run();
        if (font is not null || size is not null)
        {
            var props = new RunProperties();
            if (font is not null) props.Append(Fonts(font));
            if (size is not null)
            {
                props.Append(new FontSize { Val = size.Value.ToString(CultureInfo.InvariantCulture) });
                props.Append(new FontSizeComplexScript { Val = size.Value.ToString(CultureInfo.InvariantCulture) });
            }
            run.Append(props);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static RunFonts Fonts(string font) =>
        new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia };

    private static FooterPart AddFooter(MainDocumentPart main, JustificationValues side, Indentation indent)
    {
        var part = main.AddNewPart<FooterPart>();
        Run R(string text) => Run(text);
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, indent, new Justification { Val = side }),
            R("— "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            R("1"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            R(" —")));
        return part;
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(
            new DefaultTabStop { Val = (short)(Char * 2) },
            // Page numbers on the outside edge: right on odd pages, left on even ones (GB/T 9704 7.5).
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
    }

    private static void AddFonts(MainDocumentPart main)
    {
        // charset 86 = GB2312; altName is the fallback a reader uses when the font is not installed.
        static Font F(string name, string alt, FontFamilyValues family, FontPitchValues pitch) => new(
            new AltName { Val = alt },
            new FontCharSet { Val = "86" },
            new FontFamily { Val = family },
            new Pitch { Val = pitch }) { Name = name };
        var part = main.AddNewPart<FontTablePart>();
        part.Fonts = new Fonts(
            F(Xbs, SongTi, FontFamilyValues.Script, FontPitchValues.Fixed),
            F(FangSong, "仿宋", FontFamilyValues.Modern, FontPitchValues.Fixed),
            F(KaiTi, "楷体", FontFamilyValues.Modern, FontPitchValues.Fixed),
            F(HeiTi, "SimHei", FontFamilyValues.Modern, FontPitchValues.Fixed),
            F(SongTi, "SimSun", FontFamilyValues.Auto, FontPitchValues.Variable));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var exact = new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" };

        static StyleRunProperties RunProps(string font, int size, string? color = null)
        {
            var p = new StyleRunProperties(Fonts(font));
            if (color is not null) p.Append(new Color { Val = color });
            p.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
            p.Append(new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) });
            return p;
        }

        Style ParaStyle(string id, string name, StyleParagraphProperties? para, StyleRunProperties? run)
        {
            var s = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = id };
            if (para is not null) s.Append(para);
            if (run is not null) s.Append(run);
            return s;
        }

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(FangSong),
                    new FontSize { Val = SanHao.ToString(CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = SanHao.ToString(CultureInfo.InvariantCulture) },
                    new Languages { Val = "zh-CN", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SnapToGrid { Val = true },
                    (SpacingBetweenLines)exact.CloneNode(true),
                    new Justification { Val = JustificationValues.Both }))),
            // 正文: 仿宋 三号, first line indented two characters.
            new Style(
                new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new Indentation { FirstLine = (Char * 2).ToString(CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            ParaStyle("Issuer", "发文机关标志",
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = Mm(6).ToString(CultureInfo.InvariantCulture) },
                    new Indentation { FirstLine = "0" },
                    new Justification { Val = JustificationValues.Center }),
                RunProps(Xbs, 72, Red)),
            ParaStyle("RedRule", "版头分隔线",
                new StyleParagraphProperties(
                    new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = Red }),
                    new SpacingBetweenLines { Line = "120", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = (LinePitch * 2).ToString(CultureInfo.InvariantCulture) },
                    new Indentation { FirstLine = "0" }),
                null),
            ParaStyle("Title", "标题",
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Line = "720", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
                    new Indentation { FirstLine = "0" },
                    new Justification { Val = JustificationValues.Center }),
                RunProps(Xbs, ErHao)),
            ParaStyle("Subtitle", "副标题",
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = LinePitch.ToString(CultureInfo.InvariantCulture) },
                    new Indentation { FirstLine = "0" },
                    new Justification { Val = JustificationValues.Center }),
                RunProps(KaiTi, SanHao)),
            // 一级标题: 黑体 三号, indented like the body.
            ParaStyle("Heading1", "heading 1",
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
                RunProps(HeiTi, SanHao)),
            ParaStyle("Roll", "出席名单",
                new StyleParagraphProperties(new Indentation { Left = (Char * 5).ToString(CultureInfo.InvariantCulture), Hanging = (Char * 3).ToString(CultureInfo.InvariantCulture) }),
                null),
            ParaStyle("Signature", "签发",
                new StyleParagraphProperties(
                    new Indentation { FirstLine = "0", Right = (Char * 4).ToString(CultureInfo.InvariantCulture) },
                    new Justification { Val = JustificationValues.Right }),
                null),
            // 版记: 仿宋 四号 between a rule above and one below, 印发日期 at the right edge.
            ParaStyle("Colophon", "版记",
                new StyleParagraphProperties(
                    new KeepLines(),
                    new ParagraphBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = "000000" },
                        new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = "000000" }),
                    new Tabs(new TabStop { Val = TabStopValues.Right, Position = (int)Mm(156) - 280 }),
                    new Indentation { FirstLine = "0", Left = "280", Right = "280" }),
                RunProps(FangSong, SiHao)),
            ParaStyle("Footer", "footer",
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
                    new Indentation { FirstLine = "0" }),
                RunProps(SongTi, SiHao)));
        part.Styles = styles;
    }
}
