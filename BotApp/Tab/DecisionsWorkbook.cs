using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyGroupBot.Tab;

/// <summary>督办台账 as an Excel workbook (IM2): one row a decision as the viewer sees it in the tab; overdue rows in red.</summary>
public static class DecisionsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static readonly string[] Headers = ["督办事项", "责任人", "完成时限", "最新进展", "进展日期", "状态"];

    public static byte[] Build(IReadOnlyList<DecisionView> decisions)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            var styles = book.AddNewPart<WorkbookStylesPart>();
            // Font 1 is red (FF0000), used by cell format 1: overdue rows (IM2). Font 2 bold for the header.
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Color { Rgb = "FFFF0000" }), new Font(new Bold())) { Count = 3 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { FontId = 2, ApplyFont = true }) { Count = 3 });
            var sheetPart = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, Headers, 2));
            uint r = 1;
            foreach (var d in decisions)
                data.Append(Row(++r, [d.Title, d.Owner, d.Due, d.Progress ?? "", d.ProgressOn ?? "", Status(d)], d.Overdue ? 1u : 0u));
            sheetPart.Worksheet = new Worksheet(data);
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheetPart), SheetId = 1, Name = "督办台账" }));
        }
        return stream.ToArray();
    }

    public static string Status(DecisionView d) => d.Completed ? "已办结" : d.Overdue ? "已逾期" : "办理中";

    private static Row Row(uint index, IEnumerable<string> values, uint style)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var v in values)
            row.Append(new Cell
            {
                CellReference = $"{(char)('A' + column++)}{index}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(v)),
                StyleIndex = style,
            });
        return row;
    }
}
