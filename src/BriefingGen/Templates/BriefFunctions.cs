using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Data.Schema;
using BriefingGen.Model;
using Humanizer;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Templates;

/// <summary>
/// The functions every pack template can call, imported under snake_case names
/// (<c>long_date</c>, <c>risk_band</c>, …). They format in the document's culture and know the
/// policy domain, so templates stay declarative.
/// </summary>
internal static partial class BriefFunctions
{
    /// <summary>A date written YYYY-MM-DD in the document's long form: "5 October 2026", "5. oktober 2026".</summary>
    public static string LongDate(TemplateContext context, string isoDate)
    {
        var ctx = (BriefingTemplateContext)context;
        if (!DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"long_date expects a date as YYYY-MM-DD, got \"{isoDate}\"");
        }

        var pattern = ctx.Labels.TryGetValue("long_date_format", out var p) ? p : "d MMMM yyyy";
        return date.ToString(pattern, ctx.Culture);
    }

    /// <summary>A number with the culture's digit grouping and decimal mark.</summary>
    public static string Number(TemplateContext context, double value) =>
        value.ToString("#,0.##", ((BriefingTemplateContext)context).Culture);

    /// <summary>A whole number in words, in the document's language ("three", "tre", "три").</summary>
    public static string NumberWords(TemplateContext context, long value) =>
        value.ToWords(((BriefingTemplateContext)context).Culture);

    /// <summary>An ordinal in words, in the document's language ("second", "andre", "второй").</summary>
    public static string OrdinalWords(TemplateContext context, int value) =>
        value.ToOrdinalWords(((BriefingTemplateContext)context).Culture);

    /// <summary>Likelihood × impact of a risk, 1 to 25.</summary>
    public static long RiskScore(TemplateContext context, ScriptObject risk) =>
        Whole(context, risk, "likelihood") * Whole(context, risk, "impact");

    /// <summary>The rating band of a score: low (1–4), medium (5–9), high (10–16), critical (20–25).</summary>
    public static string RiskBand(long score) => RiskBands.Of(score);

    /// <summary>Risks ordered by score, highest first; equal scores keep their order in the data.</summary>
    public static ScriptArray SortRisks(TemplateContext context, ScriptArray risks)
    {
        var sorted = risks.Cast<ScriptObject>()
            .Select((risk, index) => (risk, index, score: RiskScore(context, risk)))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Select(x => x.risk);
        return new ScriptArray(sorted);
    }

    /// <summary>Reads a field that holds Markdown by design (it may not open fences or containers).</summary>
    public static MarkdownText Markdown(string? text) => new(MarkdownEscaper.SanitizeMarkdown(text ?? ""));

    /// <summary>Text set in bold with a semantic shade (e.g. <c>risk-high</c>) that colours its table cell.</summary>
    public static MarkdownText Shaded(TemplateContext context, object? text, string shade)
    {
        if (!ShadeName().IsMatch(shade))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"shaded expects a shade name of lower-case letters, digits and hyphens, got \"{shade}\"");
        }

        var escaped = MarkdownEscaper.Escape(context.ObjectToString(text) ?? "");
        return new MarkdownText($"**{escaped}**{{.shade-{shade}}}");
    }

    /// <summary>A link with escaped text; only http, https and mailto addresses are linked.</summary>
    public static MarkdownText Link(TemplateContext context, object? text, string? url)
    {
        var label = MarkdownEscaper.Escape(context.ObjectToString(text) ?? "");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
        {
            return new MarkdownText(label);
        }

        // The <…> form of a destination allows any character but <, > and line breaks.
        var destination = uri.AbsoluteUri.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
        return new MarkdownText($"[{label}](<{destination}>)");
    }

    /// <summary>
    /// The risk-matrix component: a fenced block the Markdown stage turns into a likelihood × impact
    /// grid, one tab-separated line per risk (id, likelihood, impact) after the two axis titles.
    /// </summary>
    public static MarkdownText RiskMatrix(TemplateContext context, ScriptArray risks, string likelihoodLabel, string impactLabel)
    {
        var body = new StringBuilder();
        body.Append("likelihood\t").Append(OneLine(likelihoodLabel)).Append('\n');
        body.Append("impact\t").Append(OneLine(impactLabel)).Append('\n');
        foreach (var risk in risks.Cast<ScriptObject>())
        {
            body.Append(OneLine(context.ObjectToString(risk["id"]) ?? "")).Append('\t')
                .Append(Whole(context, risk, "likelihood").ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Whole(context, risk, "impact").ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        // The fence must be longer than any run of backticks inside, or the content could close it.
        var fence = new string('`', Math.Max(3, LongestRun(body.ToString(), '`') + 1));
        return new MarkdownText($"{fence}risk-matrix\n{body}{fence}");
    }

    /// <summary>True when <paramref name="isoDate"/> is a real calendar date written YYYY-MM-DD.</summary>
    public static bool IsDate(string? isoDate) => isoDate is not null && SchemaValidator.IsDate(isoDate);

    private static long Whole(TemplateContext context, ScriptObject risk, string field) => risk[field] switch
    {
        long l => l,
        int i => i,
        var other => throw new ScriptRuntimeException(context.CurrentSpan, $"a risk's '{field}' must be a whole number, got \"{other}\""),
    };

    private static string OneLine(string text) => Regex.Replace(text, @"[\t\r\n]+", " ").Trim();

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex ShadeName();
}
