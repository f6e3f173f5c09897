using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingGen.Diagnostics;

namespace BriefingGen.Cli.Output;

/// <summary>
/// The <c>--json</c> summary of a render run, for schedulers and dashboards: per input its outcome,
/// the files written with their sizes, every diagnostic with its place, and the time taken; then
/// the totals. Written with <see cref="Utf8JsonWriter"/>, so it needs no reflection.
/// </summary>
internal static class BatchSummaryWriter
{
    /// <summary>Writes the summary of <paramref name="reports"/>, in input order, to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<PaperReport> reports, long wallMilliseconds, int jobs, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("papers");
            foreach (var report in reports)
            {
                WritePaper(json, report);
            }

            json.WriteEndArray();
            json.WriteStartObject("totals");
            json.WriteNumber("papers", reports.Count);
            json.WriteNumber("rendered", reports.Count(r => r.Rendered));
            json.WriteNumber("failed", reports.Count(r => !r.Rendered));
            json.WriteNumber("warnings", reports.Sum(r => r.Diagnostics.Count(d => d.Severity == Severity.Warning)));
            json.WriteNumber("bytes", reports.Sum(r => r.Outputs.Sum(o => o.Bytes)));
            json.WriteNumber("jobs", jobs);
            json.WriteNumber("milliseconds", wallMilliseconds);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WritePaper(Utf8JsonWriter json, PaperReport report)
    {
        json.WriteStartObject();
        json.WriteString("input", report.Input);
        json.WriteString("template", report.Pack);
        json.WriteString("status", report.Rendered ? "rendered" : "failed");
        json.WriteNumber("exitCode", report.ExitCode);
        json.WriteStartArray("outputs");
        foreach (var (path, bytes) in report.Outputs)
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteNumber("bytes", bytes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("file", d.Location.File);
            json.WriteNumber("line", d.Location.Line);
            json.WriteNumber("column", d.Location.Column);
            json.WriteString("path", d.DataPath);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("messages");
        foreach (var message in report.Messages)
        {
            json.WriteStringValue(message);
        }

        json.WriteEndArray();
        json.WriteNumber("milliseconds", report.Milliseconds);
        json.WriteEndObject();
    }
}
