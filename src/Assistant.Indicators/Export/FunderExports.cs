using System.Globalization;
using System.Security;
using System.Text;
using Assistant.Core.Conversations;
using Assistant.Indicators.Counting;
using ClosedXML.Excel;
using CsvHelper;

namespace Assistant.Indicators.Export;

/// <summary>The funder figures as files: CSV and Excel for the report, and an SVG bar chart of progress.</summary>
public static class FunderExports
{
    /// <summary>Semicolons and a byte-order mark, because that is what German Excel opens correctly.</summary>
    public static OutgoingFile Csv(IReadOnlyList<string> header, IReadOnlyList<FunderRow> rows)
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteRecord(header.ToArray());
            foreach (var r in rows)
            {
                csv.WriteRecord([Safe(r.Project), r.Period, Safe(r.Indicator), r.Target, r.Actual, r.Percent]);
            }
        }

        return new OutgoingFile("indicators.csv", "text/csv", bytes.ToArray());
    }

    public static OutgoingFile Excel(IReadOnlyList<string> header, IReadOnlyList<FunderRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Indicators");
        for (var c = 0; c < header.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            string[] values = [row.Project, row.Period, row.Indicator, row.Target, row.Actual, row.Percent];
            for (var c = 0; c < values.Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                // Numbers as numbers, so the funder's spreadsheet can add them up; "<3" stays text.
                if (c >= 3 && int.TryParse(values[c], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    cell.Value = number;
                }
                else
                {
                    cell.SetValue(values[c]);
                }
            }
        }

        // Fixed widths: measuring text would need GDI+, which a Linux server does not have.
        double[] widths = [30, 24, 40, 10, 10, 10];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }

        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);
        return new OutgoingFile("indicators.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.ToArray());
    }

    /// <summary>One bar per indicator, filled to its share of the target, with a line at 100 %.</summary>
    public static OutgoingFile Chart(IReadOnlyList<IndicatorProgress> progress)
    {
        const int LabelWidth = 320, BarWidth = 360, RowHeight = 28, Top = 10;
        var height = Top * 2 + Math.Max(1, progress.Count) * RowHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + BarWidth + 90}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"13\">");
        for (var i = 0; i < progress.Count; i++)
        {
            var p = progress[i];
            var y = Top + i * RowHeight;
            var filled = (int)Math.Round(BarWidth * Math.Min(1.0, (double)p.Actual / p.Indicator.Target));
            var colour = p.Actual >= p.Indicator.Target ? "#2e7d32" : "#1565c0";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\">{SecurityElement.Escape($"{p.Project.Name}: {p.Indicator.Label}")}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{BarWidth}\" height=\"18\" fill=\"#e0e0e0\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{filled}\" height=\"18\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 17}\">{p.Actual}/{p.Indicator.Target}</text>");
        }

        svg.Append("</svg>");
        return new OutgoingFile("indicators.svg", "image/svg+xml", Encoding.UTF8.GetBytes(svg.ToString()));
    }

    /// <summary>Labels come from a staff-edited file; a leading =, +, -, @ must not become a formula (CSV injection).</summary>
    private static string Safe(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
