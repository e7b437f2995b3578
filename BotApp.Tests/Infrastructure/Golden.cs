using System.Text;
using Newtonsoft.Json.Linq;
using Xunit.Sdk;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// Golden texts: the expected text is a file written and read by a person (under the test project, copied to the
/// output). A mismatch writes what the bot said as <c>*.received.txt</c> beside the copied file and fails with a line
/// diff; the golden file is only ever changed by hand, after reading the received text against the script and the rules.
/// </summary>
public static class Golden
{
    public static void Check(string relativePath, string received)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        var receivedPath = Path.ChangeExtension(path, null) + ".received.txt";
        received = Normalise(received);
        var expected = File.Exists(path) ? Normalise(File.ReadAllText(path)) : null;
        if (expected == received)
        {
            File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(receivedPath, received);
        throw new XunitException(expected is null
            ? $"No golden file {relativePath}; the bot's text is in {receivedPath}. Read it against the script before copying it in."
            : $"The text differs from {relativePath} (received: {receivedPath}):\n{Diff(expected, received)}");
    }

    /// <summary>A card as a reader goes through it: text blocks, one "title：value" line per fact, inputs and buttons.</summary>
    public static string Render(JObject card)
    {
        var lines = new List<string>();
        foreach (var element in card["body"]?.OfType<JObject>() ?? []) Element(element, lines);
        foreach (var action in card["actions"]?.OfType<JObject>() ?? []) lines.Add($"［按钮：{action["title"]}］");
        return string.Join("\n", lines);
    }

    private static void Element(JObject e, List<string> lines)
    {
        switch ((string?)e["type"])
        {
            case "TextBlock": lines.Add((string?)e["text"] ?? ""); break;
            case "FactSet": lines.AddRange(e["facts"]!.Select(f => $"{f["title"]}：{f["value"]}")); break;
            case "Container": foreach (var i in e["items"]!.OfType<JObject>()) Element(i, lines); break;
            case "ColumnSet":
                foreach (var c in e["columns"]!.OfType<JObject>()) foreach (var i in c["items"]!.OfType<JObject>()) Element(i, lines);
                break;
            case "ActionSet": foreach (var a in e["actions"]!.OfType<JObject>()) lines.Add($"［按钮：{a["title"]}］"); break;
            case { } type when type.StartsWith("Input."): lines.Add($"［输入：{e["label"]}］"); break;
            default: lines.Add($"［{e["type"]}］"); break;
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    /// <summary>Lines only in the golden file (-) and only in the received text (+), by a longest common subsequence.</summary>
    private static string Diff(string expected, string received)
    {
        var a = expected.Split('\n');
        var b = received.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) diff.AppendLine($"{y + 1,4} + {b[y++]}");
            else diff.AppendLine($"{x + 1,4} - {a[x++]}");
        }
        return diff.ToString();
    }
}
