using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Tab;

/// <summary>
/// The tab's API over HTTP (issue 15): a half year of meetings run through the Bot Framework protocol, then read back as
/// the tab reads it, signed in with tokens the real JWT bearer validation checks against a local OpenID authority.
/// </summary>
[Trait("Category", "Http")]
public sealed class TabApiTests(SharedAzurite azurite) : TabTestBase(azurite)
{
    private async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Bot.Url + path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    private async Task<JToken> JsonAsync(string path, TeamsPerson p)
    {
        var response = await GetAsync(path, Token(p));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {response.Headers.WwwAuthenticate}");
        return JToken.Parse(await response.Content.ReadAsStringAsync());
    }

    private string Team => Uri.EscapeDataString(World.TeamId);

    [Fact]
    public async Task This_year_marks_the_months_without_a_party_group_meeting_PD1_and_the_missing_democratic_life_meeting_DL1()
    {
        var year = await JsonAsync($"/tab/api/year?team={Team}&year=2026", World[3]);
        var months = year["months"]!;
        Assert.Equal(new[] { 1, 1, 0, 1, 0, 0 }, months.Take(6).Select(m => (int)m["partyGroupMeetings"]!));
        // Jan–May are over (today is 20 June): March and May are missing; June is still open.
        Assert.Equal(new[] { "Met", "Met", "Missing", "Met", "Missing", "Open" }, months.Take(6).Select(m => (string)m["partyGroupMeeting"]!));
        // No study session was held: every month that is over lacks one (PD1, as the reminders ask it).
        Assert.Equal("Missing", (string)months[0]!["studySession"]!);
        // DL1: none held yet, the year still open.
        Assert.Equal("Open", (string)year["democraticLife"]!["meeting"]!);
        Assert.Null((string?)year["democraticLife"]!["heldOn"]);
    }

    [Fact]
    public async Task Meetings_show_date_chair_attendance_and_results_with_confidential_titles_only_for_the_MN2_approvers()
    {
        var member = await JsonAsync($"/tab/api/meetings?team={Team}&year=2026", World[3]);
        Assert.Equal(new[] { "2026-01-12", "2026-02-10", "2026-04-08" }, member.Select(m => (string)m["date"]!));
        Assert.All(member, m => Assert.Equal(World[0].Name, (string)m["chair"]!));
        Assert.Equal(new[] { 5, 4, 3 }, member.Select(m => m["present"]!.Count()));
        Assert.Equal(new[] { World[3].Name, World[4].Name }, member[2]!["absent"]!.Select(n => (string)n!));
        var jan = member[0]!["items"]!;
        Assert.Contains(jan, i => (string?)i["title"] == MeetingYear.DecisionTitle && (string?)i["outcome"] == "Passed" && (int)i["yes"]! == 5);
        // AG6/MN2: a member sees that a confidential item was decided, not its title.
        var hidden = jan.Single(i => (bool)i["confidential"]!);
        Assert.Null((string?)hidden["title"]);
        Assert.Equal("Passed", (string?)hidden["outcome"]);
        Assert.DoesNotContain(MeetingYear.SecretTitle, member.ToString());
        // MN1: the record still matches its chain, and the head issued with the signed minutes is shown.
        Assert.All(member, m => Assert.True((bool)m["check"]!["intact"]!));
        Assert.All(Heads, h => Assert.Matches("^[0-9A-F]{16}$", h));
        Assert.Equal(Heads, member.Select(m => (string)m["check"]!["issuedHead"]!));
        Assert.All(member, m => Assert.Equal(World[0].Name, (string)m["signedBy"]!));

        // MN2: the secretary and the deputy secretary approve reading the full record, so they see the title.
        foreach (var approver in new[] { World[0], World[1] })
        {
            var full = await JsonAsync($"/tab/api/meetings?team={Team}&year=2026", approver);
            Assert.Equal(MeetingYear.SecretTitle, (string?)full[0]!["items"]!.Single(i => (bool)i["confidential"]!)["title"]);
        }
    }

    [Fact]
    public async Task Attendance_counts_each_voting_member_present_on_leave_and_absent_with_a_rate_Q3()
    {
        var rows = await JsonAsync($"/tab/api/attendance?team={Team}&year=2026", World[2]);
        var byName = rows.ToDictionary(r => (string)r["name"]!);
        Assert.Equal(5, byName.Count); // the office director and the person outside the group have no vote
        Assert.Equal((3, 0, 0, 1.0), Row(byName[World[0].Name]));
        Assert.Equal((2, 0, 1, 0.6667), Row(byName[World[3].Name]));
        Assert.Equal((1, 0, 2, 0.3333), Row(byName[World[4].Name]));

        static (int, int, int, double) Row(JToken r) => ((int)r["attended"]!, (int)r["onLeave"]!, (int)r["absent"]!, (double)r["rate"]!);
    }

    [Fact]
    public async Task The_decisions_ledger_shows_the_owner_their_overdue_decision_and_the_office_director_all_IM2()
    {
        var owner = await JsonAsync($"/tab/api/decisions?team={Team}", World[2]);
        var d = owner.Single();
        Assert.Equal((MeetingYear.DecisionTitle, World[2].Name, "2026-02-15", true, false),
            ((string)d["title"]!, (string)d["owner"]!, (string)d["due"]!, (bool)d["overdue"]!, (bool)d["completed"]!));
        Assert.Single(await JsonAsync($"/tab/api/decisions?team={Team}", World[5]));
        // Another member owns nothing and sees nothing of it.
        Assert.Empty(await JsonAsync($"/tab/api/decisions?team={Team}", World[3]));
    }

    [Fact]
    public async Task Without_a_valid_token_the_API_answers_401_and_for_another_tenant_team_or_a_non_member_403()
    {
        var path = $"/tab/api/meetings?team={Team}&year=2026";
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(path, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(path, "not-a-token")).StatusCode);
        var person = World[3].AadObjectId;
        using var stranger = RSA.Create(2048);
        var bad = new[]
        {
            Idp.Token(World.TenantId, person, key: new RsaSecurityKey(stranger) { KeyId = "tab-test-key" }), // signature
            Idp.Token(World.TenantId, person, audience: "api://someone-else"),                                 // audience
            Idp.Token(World.TenantId, person, issuer: "https://evil.test/" + World.TenantId + "/v2.0"),     // issuer
            Idp.Token(World.TenantId, person, issuer: Idp.Issuer(Guid.NewGuid().ToString())),               // issuer of another tenant than its tid
            Idp.Token(World.TenantId, person, expires: DateTime.UtcNow.AddHours(-1)),                          // lifetime
        };
        foreach (var token in bad) Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(path, token)).StatusCode);

        // A valid token of a tenant the bot does not serve (Bot:Tenants), even with a roster member's object id.
        var otherTenant = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(path, Idp.Token(otherTenant, person))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/tab/api/groups", Idp.Token(otherTenant, person))).StatusCode);
        // In the tenant but on no roster: the person in the team outside the group.
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(path, Token(World[6]))).StatusCode);
        // A member of another team's group asking for this team, for every view and export.
        foreach (var view in new[] { "year", "meetings", "attendance", "decisions", "export/register.docx", "export/decisions.xlsx" })
            Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync($"/tab/api/{view}?team={Team}", Token(Other[2]))).StatusCode);
        // They see their own group only.
        var groups = await JsonAsync("/tab/api/groups", Other[2]);
        Assert.Equal(new[] { Other.TeamId }, groups.Select(g => (string)g["teamId"]!));
        // And the page itself is public (it holds no data).
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/tab", null)).StatusCode);
    }

    [Fact]
    public async Task The_register_docx_holds_each_signed_meeting_in_the_minutes_style_without_confidential_items_MN6()
    {
        var response = await GetAsync($"/tab/api/export/register.docx?team={Team}&year=2026", Token(World[0]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("2026年度党组会议记录汇编", text);
        Assert.Contains("（共3次会议）", text);
        Assert.Equal(3, CountOf(text, "签发人：" + World[0].Name));
        Assert.Contains(MeetingYear.DecisionTitle, text);
        Assert.Contains("研究春节期间值班安排", text);
        Assert.DoesNotContain(MeetingYear.SecretTitle, text);
    }

    [Fact]
    public async Task A_meetings_signed_minutes_download_as_the_channels_Word_document_with_the_issued_record_check_MN3_MN1()
    {
        var meetings = await JsonAsync($"/tab/api/meetings?team={Team}&year=2026", World[3]);
        var january = Uri.EscapeDataString((string)meetings[0]!["id"]!);
        var response = await GetAsync($"/tab/api/export/minutes.docx?team={Team}&meeting={january}", Token(World[3]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(MeetingYear.DecisionTitle, text);
        Assert.Contains("记录校验值：" + Heads[0], text);
        Assert.DoesNotContain(MeetingYear.SecretTitle, text);
        // A meeting id of another group finds nothing here.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/tab/api/export/minutes.docx?team={Team}&meeting=nope", Token(World[3]))).StatusCode);
    }

    [Fact]
    public async Task The_decisions_xlsx_lists_the_ledger_with_overdue_rows_in_red_IM2()
    {
        var response = await GetAsync($"/tab/api/export/decisions.xlsx?team={Team}", Token(World[5]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(new[] { MeetingYear.DecisionTitle, World[2].Name, "2026-02-15", "", "", "已逾期" }, rows[1].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText));
        var style = rows[1].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().StyleIndex!.Value;
        var font = book.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<DocumentFormat.OpenXml.Spreadsheet.Font>()
            .ElementAt((int)book.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt((int)style).FontId!.Value);
        Assert.Equal("FFFF0000", font.Color!.Rgb!.Value);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
