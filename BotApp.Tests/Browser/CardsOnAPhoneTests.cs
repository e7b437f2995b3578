using System.Text.Json;
using Microsoft.Playwright;
using PartyGroupBot.Tests.Cards;
using PartyGroupBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PartyGroupBot.Tests.Browser;

/// <summary>
/// Issue 15, "cards on a phone": every card of the <see cref="CardCatalog"/> (both locales, long realistic data) drawn by
/// the official renderer (npm adaptivecards, as scripts/check-cards.js uses) in headless Chromium, 360 px wide, with a
/// Teams-like host config (teams-host-config.json). Nothing may stick out of the card or scroll sideways, and no text may
/// be cut off: a TextBlock without wrap, a toggle or choice title, a button title that ends in "…". A failure names the
/// card and the text a member on a phone would see cut.
///
/// Needs Debian's chromium at /usr/bin/chromium and fonts-noto-cjk (scripts/test.sh installs both); without chromium
/// the test is skipped and says so. One screenshot per card goes to TestResults/screenshots/phone, or to
/// $PGB_SCREENSHOTS/phone (relative to the repo root).
/// </summary>
[Trait("Category", "System")]
[TakesLong(26)]
public sealed class CardsOnAPhoneTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Chromium = HeadlessChromium.Executable;
    private const int PhoneWidth = 360;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) return; // the test skips, saying why
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [SkippableFact]
    public async Task Every_card_fits_a_360_px_phone_without_sideways_scrolling_or_cut_text()
    {
        Skip.IfNot(File.Exists(Chromium),
            $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk; scripts/test.sh does): the phone-width card test did not run.");
        var page = await PhonePageAsync();
        var shots = HeadlessChromium.ScreenshotFolder();
        var hostConfig = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "teams-host-config.json"));

        var failures = new List<string>();
        var count = 0;
        foreach (var (name, card) in CardCatalog.All())
        {
            var problems = await page.EvaluateAsync<string[]>("([card, config]) => window.renderOnPhone(JSON.parse(card), JSON.parse(config))",
                new[] { card.ToString(), hostConfig });
            await page.Locator("#host").ScreenshotAsync(new() { Path = Path.Combine(shots, name + ".png"), Animations = ScreenshotAnimations.Disabled });
            failures.AddRange(problems.Select(p => $"{name}: {p}"));
            foreach (var cut in await page.EvaluateAsync<string[]>("() => window.acceptedCuts"))
                output.WriteLine($"{name}: button title cut, its item readable above it: \"{cut}\"");
            count++;
        }
        output.WriteLine($"{count} cards drawn at {PhoneWidth} px; screenshots in {shots}");
        Assert.True(count >= 28, $"the catalogue must hold every card in both locales, got {count}");
        Assert.True(failures.Count == 0,
            $"{failures.Count} things do not fit a {PhoneWidth} px phone (screenshots in {shots}):\n{string.Join("\n", failures)}");
    }

    [SkippableFact]
    public async Task The_check_catches_cut_text_cut_buttons_and_a_row_too_wide_but_not_wrapped_text()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is missing: the phone-width card test did not run.");
        var page = await PhonePageAsync();
        var hostConfig = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "teams-host-config.json"));
        const string item = "审议《关于调整2026年度部门预算及“三公”经费支出安排的请示》";
        const string bad = $$"""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlock","text":"{{item}}并形成会议决定","wrap":false},
              {"type":"TextBlock","text":"可以换行的长文字：{{item}}","wrap":true},
              {"type":"ColumnSet","columns":[{"type":"Column","width":"500px","items":[{"type":"TextBlock","text":"五百像素宽的一栏","wrap":true}]}]},
              {"type":"ActionSet","actions":[{"type":"Action.Execute","title":"开始表决：{{item}}","verb":"openVote"}]},
              {"type":"ActionSet","actions":[{"type":"Action.Execute","title":"赞成","verb":"castVote"},{"type":"Action.Execute","title":"开始讨论：{{item}}","verb":"openDiscussion"}]}],
             "actions":[{"type":"Action.Execute","title":"开始表决：研究推荐局属事业单位副科级领导干部拟任人选","verb":"openVote"}]}
            """;
        var problems = await page.EvaluateAsync<string[]>("([card, config]) => window.renderOnPhone(JSON.parse(card), JSON.parse(config))",
            new[] { bad, hostConfig });
        var all = string.Join("\n", problems);
        Assert.Contains(problems, p => p.StartsWith("text cut off") && p.Contains("并形成会议决定"));
        Assert.Contains(problems, p => (p.Contains("wider than the card") || p.Contains("scrolls sideways")) && p.Contains("五百像素宽的一栏"));
        // A button sharing its row, and one whose item the card does not show, fail even when cut only by Teams' truncation.
        Assert.Contains(problems, p => p.StartsWith("button title cut off") && p.Contains("开始讨论：审议"));
        Assert.Contains(problems, p => p.StartsWith("button title cut off") && p.Contains("开始表决：研究推荐"));
        // Wrapped text fits; a button alone on its row whose item is readable in full above it is Teams' own truncation.
        Assert.DoesNotContain("可以换行的长文字", all);
        Assert.DoesNotContain("开始表决：审议", all);
        Assert.Equal(["开始表决：" + item], await page.EvaluateAsync<string[]>("() => window.acceptedCuts"));
    }

    /// <summary>A blank 360 px page with the official renderer and the checker loaded.</summary>
    private async Task<IPage> PhonePageAsync()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 800 },
            DeviceScaleFactor = 2,
        });
        await page.SetContentAsync($"""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
            <style>{TeamsCss}</style>
            </head><body><div id="host"></div></body></html>
            """);
        await page.AddScriptTagAsync(new() { Path = Path.Combine(RepoRoot.Path, "node_modules", "adaptivecards", "dist", "adaptivecards.js") });
        await page.AddScriptTagAsync(new() { Content = Checker });
        return page;
    }

    // Teams' own styles for what decides widths: a button shrinks with its row and ends its title in "…" (the
    // Adaptive Cards Designer's Teams container, teams-container-light.css); inputs are 31 px high with 8 px padding.
    private static readonly string TeamsCss = $$"""
        body { margin: 0; background: #fff; font-family: 'Segoe UI', 'Noto Sans CJK SC', sans-serif; }
        #host { width: {{PhoneWidth}}px; }
        .ac-pushButton { overflow: hidden; text-overflow: ellipsis; font-size: 14px; padding: 4px 10px 5px 10px; height: 32px;
          background: #fff; color: #6264A7; border: 2px solid #BFC0DA; border-radius: 4px; }
        .ac-pushButton.style-positive, .ac-pushButton.style-emphasis { background: #6264A7; color: #fff; border-color: #6264A7; }
        .ac-input { font-size: 14px; }
        .ac-input.ac-textInput, .ac-input.ac-numberInput, .ac-input.ac-dateInput, .ac-input.ac-timeInput, .ac-input.ac-multichoiceInput {
          background: #F3F2F1; border: 1px solid #F3F2F1; border-radius: 4px; padding: 4px 8px; height: 31px; }
        .ac-input.ac-textInput.ac-multiline { height: 72px; }
        """;

    // Runs in the page. A problem is reported on the innermost element that shows it, by what a reader sees there.
    private const string Checker = """
        (() => {
          const AC = window.AdaptiveCards;
          // Teams renders markdown; plain text is enough to measure, and stops the renderer's markdown warning.
          AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text.replace(/&/g, "&amp;").replace(/</g, "&lt;"); result.didProcess = true; };
          const kind = e =>
            e.closest(".ac-pushButton") ? "button title" :
            e.closest(".ac-fact-title") ? "fact title" :
            e.closest(".ac-fact-value") ? "fact value" :
            e.closest(".ac-input") || e.closest(".ac-choiceSetInput-expanded") || e.closest(".ac-toggleInput") ? "input label" :
            "text";
          const words = e => (e.innerText || e.textContent || "").replace(/\s+/g, " ").trim().slice(0, 80) || `<${e.tagName.toLowerCase()} class="${e.className}">`;
          window.renderOnPhone = (json, config) => {
            const host = document.getElementById("host");
            host.innerHTML = "";
            const card = new AC.AdaptiveCard();
            card.hostConfig = new AC.HostConfig(config);
            card.parse(json);
            const root = card.render();
            if (!root) return ["the renderer drew nothing"];
            host.appendChild(root);
            const frame = root.getBoundingClientRect();
            const found = [];
            if (frame.width > host.clientWidth + 1) found.push({ e: root, say: `the card is ${Math.round(frame.width)} px, wider than the card frame` });
            for (const e of root.querySelectorAll("*")) {
              if (!(e instanceof HTMLElement) || e.offsetParent === null) continue; // not shown
              if (["INPUT", "TEXTAREA", "SELECT", "OPTION"].includes(e.tagName)) continue; // scroll inside by design
              const box = e.getBoundingClientRect();
              if (box.width === 0 || box.height === 0) continue;
              if (!(e.innerText || "").trim()) continue; // a spacer: its row's buttons or text say what is wrong
              const style = getComputedStyle(e);
              const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
              if (box.right > frame.right + 1 || box.left < frame.left - 1)
                found.push({ e, say: `wider than the card (${Math.round(box.right - frame.left)} px of ${Math.round(frame.width)})` });
              else if (e.scrollWidth > e.clientWidth + 1)
                found.push({ e, say: clips ? "cut off" : "scrolls sideways" });
              else if (style.overflowY !== "visible" && e.scrollHeight > e.clientHeight + 2)
                found.push({ e, say: "cut off below" });
            }
            // Keep the innermost: a clipped button title also makes its button and the action bar overflow.
            const inner = found.filter(f => !found.some(g => g !== f && f.e.contains(g.e)));
            // Teams never wraps a button title. One that names an agenda item ("开始表决：<title>") is cut however the
            // card is laid out, so it passes only with the whole width to itself and the item it names readable in
            // full, uncut, in the card's text; anything else cut on a button fails.
            const shown = [...root.querySelectorAll(".ac-textBlock, .ac-fact-title, .ac-fact-value")]
              .filter(e => e.offsetParent !== null && !inner.some(f => f.e === e || e.contains(f.e) || f.e.contains(e)))
              .map(e => e.innerText.replace(/\s+/g, " ")).join("\n");
            const readable = f => {
              const button = f.e.closest(".ac-pushButton");
              if (!button || f.say !== "cut off") return false;
              const alone = [...button.parentElement.children].filter(c => c.classList.contains("ac-pushButton")).length === 1;
              const named = (f.e.innerText || "").replace(/\s+/g, " ").split(/：|: /).slice(1).join("：").trim();
              return alone && named.length > 0 && shown.includes(named);
            };
            window.acceptedCuts = inner.filter(readable).map(f => words(f.e));
            return [...new Set(inner.filter(f => !readable(f))
              .map(f => f.say.startsWith("cut off") ? `${kind(f.e)} ${f.say}: "${words(f.e)}"` : `${f.say}: "${words(f.e)}"`))];
          };
        })();
        """;

}
