using System.Diagnostics;
using PartyGroupBot.MinutesDocs;
using Xunit.Abstractions;
using static PartyGroupBot.Tests.MinutesDocs.SampleMinutes;

namespace PartyGroupBot.Tests.MinutesDocs;

/// <summary>
/// The .docx rendered by LibreOffice shows the Chinese text (issue 5, "Done when"). Needs libreoffice-writer,
/// poppler-utils (pdftotext) and fonts-noto-cjk; skipped, saying so, on a machine without them.
/// </summary>
[Trait("Category", "System")]
public sealed class MinutesPdfTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task LibreOffice_renders_the_Chinese_title_and_items_to_PDF()
    {
        var office = Tool.Find("libreoffice") ?? Tool.Find("soffice");
        Skip.If(office is null, "LibreOffice is not installed (apt-get install libreoffice-writer fonts-noto-cjk): the PDF check did not run.");
        var pdftotext = Tool.Find("pdftotext");
        var pdffonts = Tool.Find("pdffonts");
        Skip.If(pdftotext is null || pdffonts is null, "poppler-utils is not installed (apt-get install poppler-utils): the PDF check did not run.");
        var fcList = Tool.Find("fc-list");
        var chineseFonts = fcList is null ? [] : (await Tool.RunAsync(fcList, TimeSpan.FromMinutes(1), ":lang=zh", "family")).Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(l => l.Split(',')).Select(Squeeze).Distinct().ToList();
        Skip.If(chineseFonts.Count == 0, "No font with Chinese glyphs is installed (apt-get install fonts-noto-cjk): the PDF check did not run.");

        var dir = Directory.CreateTempSubdirectory("minutes-pdf-");
        var docx = Path.Combine(dir.FullName, "minutes.docx");
        await File.WriteAllBytesAsync(docx, MinutesDocument.Build(Draft(), Profile));
        // MN1: the full record, with the recorder's notes, converted in the same run.
        var recordDocx = Path.Combine(dir.FullName, "record.docx");
        await File.WriteAllBytesAsync(recordDocx, MinutesDocument.Build(Draft(), Profile, new MinutesDocumentOptions { Audience = MinutesAudience.Record }));

        // A Linux box has none of the GB fonts; map them as a Chinese Windows machine would have them: Song-style
        // (宋体, 仿宋, 楷体, 小标宋) to a serif CJK face, 黑体 to a sans one. Without this LibreOffice draws all in sans.
        var fontsConf = Path.Combine(dir.FullName, "fonts.conf");
        await File.WriteAllTextAsync(fontsConf, FontsConf);
        // Own profile directory, so a concurrent LibreOffice (another test run, a desktop session) does not block this one.
        var profileDir = new Uri(Path.Combine(dir.FullName, "lo-profile")).AbsoluteUri;
        var (code, stdout, stderr) = await Tool.RunAsync(office!, TimeSpan.FromMinutes(3), new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fontsConf },
            $"-env:UserInstallation={profileDir}", "--headless", "--convert-to", "pdf", "--outdir", dir.FullName, docx, recordDocx);
        var pdf = Path.Combine(dir.FullName, "minutes.pdf");
        Assert.True(code == 0 && File.Exists(pdf), $"libreoffice exit {code}\n{stdout}\n{stderr}");
        output.WriteLine($"PDF: {pdf}");

        (code, stdout, stderr) = await Tool.RunAsync(pdftotext!, TimeSpan.FromMinutes(1), "-enc", "UTF-8", pdf, "-");
        Assert.True(code == 0, $"pdftotext exit {code}\n{stderr}");
        output.WriteLine(stdout);
        // LibreOffice puts a little space between Chinese and digits, which pdftotext reads as a blank; lines wrap.
        var text = Squeeze(stdout);
        Assert.Contains(Issuer, text);
        Assert.Contains("党组会议纪要", text);
        Assert.Contains(Squeeze($"一、{Budget}"), text);
        Assert.Contains($"二、{Recommendation}", text);
        Assert.Contains("签发人：王建国", text);
        Assert.Contains("—1—", text);
        // MN3: the correction, after the items; MN6: no note in the channel's copy.
        Assert.Contains(Squeeze($"修改意见（追加，不改动原记录）：2026年11月26日9:25，王建国：{Correction}"), text);
        Assert.DoesNotContain(Squeeze(BudgetNote), text);

        var recordPdf = Path.Combine(dir.FullName, "record.pdf");
        Assert.True(File.Exists(recordPdf), $"libreoffice did not convert the record\n{stdout}\n{stderr}");
        (code, var recordText, stderr) = await Tool.RunAsync(pdftotext!, TimeSpan.FromMinutes(1), "-enc", "UTF-8", recordPdf, "-");
        Assert.True(code == 0, $"pdftotext exit {code}\n{stderr}");
        Assert.Contains(Squeeze($"发言和讨论记录（9:04，孙丽记）：{BudgetNote}"), Squeeze(recordText));
        Assert.Contains(Squeeze(Correction), Squeeze(recordText));

        // The text was drawn with a font that has Chinese glyphs (not boxes): some embedded font is a zh family.
        (code, stdout, _) = await Tool.RunAsync(pdffonts!, TimeSpan.FromMinutes(1), pdf);
        output.WriteLine(stdout);
        var embedded = stdout.Split('\n').Skip(2).Select(l => l.Split(' ')[0]).Where(n => n.Length > 0)
            .Select(n => Squeeze(n[(n.IndexOf('+') + 1)..])).ToList();
        Assert.True(embedded.Any(n => chineseFonts.Any(n.StartsWith)),
            $"No Chinese font embedded. PDF fonts: {string.Join(", ", embedded)}; Chinese fonts here: {string.Join(", ", chineseFonts)}");
    }

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    private const string FontsConf = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>楷体_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
        </fontconfig>
        """;
}

internal static class Tool
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    public static Task<(int Code, string Stdout, string Stderr)> RunAsync(string file, TimeSpan timeout, params string[] args) =>
        RunAsync(file, timeout, [], args);

    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(
        string file, TimeSpan timeout, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within {timeout}.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
