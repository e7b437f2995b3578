using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PartyGroupBot.Core.Profiles;

namespace PartyGroupBot.MinutesDocs;

public static partial class MinutesDocument
{
    /// <summary>
    /// 年度党组会议记录汇编: a cover page, then each signed meeting's minutes in the minutes' own layout, one per page
    /// (MN1: the archive of the year). Channel audience: confidential items stay out as in the channel's files (MN6).
    /// </summary>
    public static byte[] BuildRegister(int year, IReadOnlyList<Core.Minutes.Minutes> signed, RuleProfile profile, string? issuer = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            issuer ??= IssuerFrom(profile);
            var main = doc.AddMainDocumentPart();
            var section = SetUpPages(main);

            var title = RegisterTitle(year);
            var body = new Body();
            body.Append(Para("Issuer", Run(issuer, size: IssuerSize(issuer))));
            body.Append(Para("RedRule"));
            body.Append(Para("Title", Run(title)));
            body.Append(Para("Subtitle", Run($"（共{signed.Count}次会议）")));
            var number = 0;
            foreach (var m in signed)
                body.Append(Para(null, Run($"{++number}. {Date(Cards.LocalTime.In(m.StartedAt, profile))} {TitleOf(m.Kind)}")));
            if (signed.Count == 0) body.Append(Para(null, Run("本年度尚无签发的会议纪要。")));
            foreach (var m in signed)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                AppendMinutes(body, m, profile, MinutesAudience.Channel, issuer);
            }
            body.Append(section);
            main.Document = new Document(body);
            doc.PackageProperties.Title = title;
            doc.PackageProperties.Subject = issuer;
            doc.PackageProperties.Language = "zh-CN";
        }
        return stream.ToArray();
    }

    public static string RegisterTitle(int year) => $"{year}年度党组会议记录汇编";

}
