using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Markings;

/// <summary>
/// Checks a paper's markings against their schemes and settles them: every level must be one the
/// scheme has, every descriptor one it allows at that level, every companion the scheme requires
/// present; and the paper is marked at least as high as its highest section (raised, with a
/// warning, when it is not). Mistakes are diagnostics at the data value's file, line and column.
/// </summary>
internal sealed class MarkingRules
{
    private readonly MarkingSchemeSet _schemes;
    private readonly string? _defaultScheme;
    private readonly CultureInfo _culture;
    private readonly DateOnly? _date;
    private readonly string _dateFormat;
    private readonly IReadOnlyDictionary<string, SensitivityLabelSetting> _labels;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<SourceLocation> _lapsedTold = [];

    /// <summary>Rules for one paper.</summary>
    /// <param name="schemes">The schemes the pack knows.</param>
    /// <param name="defaultScheme">The scheme a plain-text marking's level belongs to, or null for free text.</param>
    /// <param name="culture">The paper's culture, for the stamp.</param>
    /// <param name="date">The paper's date, from which a number of years is counted.</param>
    /// <param name="dateFormat">How the paper writes a date in full.</param>
    /// <param name="labels">The pack's sensitivity labels by level or banner.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public MarkingRules(MarkingSchemeSet schemes, string? defaultScheme, CultureInfo culture, DateOnly? date, string dateFormat, IReadOnlyDictionary<string, SensitivityLabelSetting> labels, DiagnosticBag diagnostics)
    {
        _schemes = schemes;
        _defaultScheme = defaultScheme;
        _culture = culture;
        _date = date;
        _dateFormat = dateFormat;
        _labels = labels;
        _diagnostics = diagnostics;
    }

    /// <summary>Settles the paper's marking and its sections'.</summary>
    /// <param name="document">The paper's marking as the data gives it, or null.</param>
    /// <param name="sections">Each section's, or null where a section gives none.</param>
    public MarkingOutcome Apply(MarkingRequest? document, IReadOnlyList<MarkingRequest?> sections)
    {
        var paper = document is null ? null : Settle(document, null);
        var own = sections.Select(s => s is null ? null : Settle(s, paper?.Scheme ?? Scheme(document))).ToList();
        var top = own.Where(s => s is { Level: not null }).MaxBy(s => s!.Rank);
        if (top is not null && (paper is null || paper.Scheme == top.Scheme && paper.Rank < top.Rank))
        {
            var at = document?.LevelLocation ?? top.Request!.Location;
            var was = paper?.Marking?.Banner ?? "unmarked";
            _diagnostics.Warning(at, document?.PathOf("level") ?? "", $"the paper is {was} but a section is {top.Marking!.Banner}; the paper is marked {top.Level!.Id} to cover it");
            paper = Raise(paper, top, document);
        }

        return new MarkingOutcome(paper?.Marking, own.Select(s => s?.Marking).ToList());
    }

    private MarkingScheme? Scheme(MarkingRequest? request) =>
        request?.Scheme is { } id ? _schemes.Find(id.Text) : _defaultScheme is { } d ? _schemes.Find(d) : null;

    private Settled? Settle(MarkingRequest request, MarkingScheme? inherited)
    {
        var scheme = inherited ?? (_defaultScheme is { } d ? _schemes.Find(d) : null);
        if (request.Scheme is { } id)
        {
            scheme = _schemes.Find(id.Text);
            if (scheme is null)
            {
                Error(id.Origin?.Location ?? request.Location, request.PathOf("scheme"), $"unknown marking scheme \"{id.Text}\"; expected one of: {string.Join(", ", _schemes.Ids)}");
                return null;
            }

            if (inherited is not null && !ReferenceEquals(scheme, inherited))
            {
                Error(id.Origin?.Location ?? request.Location, request.PathOf("scheme"), $"a section is marked under {scheme.Id} but the paper under {inherited.Id}; a paper's markings use one scheme");
                return null;
            }
        }

        if (scheme is null)
        {
            // Free text, as `classification: RESTRICTED` always was: shown as written, checked by nothing.
            // Without a level there is nothing to print, and descriptors or caveats alone would
            // leave the paper unmarked without a word.
            if (request.Level?.Text is not { } text)
            {
                Error(request.Location, request.PathOf("level"), "a marking needs a level, such as level: RESTRICTED (or a scheme and one of its levels); descriptors, caveats and the rest qualify a level and cannot stand alone");
                return null;
            }

            return new Settled(null, null, -1, Stamped(new Marking(null, text, text.ToUpperInvariant()), null, request));
        }

        if (scheme.Levels.Count == 0)
        {
            if (request.Level is { } stray)
            {
                Error(stray.Origin?.Location ?? request.Location, request.PathOf("level"), $"the scheme {scheme.Id} has no levels; leave out the level");
            }

            return new Settled(scheme, null, -1, null);
        }

        if (request.Level is not { } written)
        {
            Error(request.Location, request.PathOf("level"), $"a marking under {scheme.Id} needs a level; expected one of: {Levels(scheme)}");
            return null;
        }

        if (scheme.Level(written.Text) is not { } level)
        {
            Error(request.LevelLocation, request.PathOf("level"), $"unknown level \"{written.Text}\" in the scheme {scheme.Id}; expected one of: {Levels(scheme)}");
            return null;
        }

        var descriptors = new List<MarkingDescriptor>();
        foreach (var value in request.Descriptors)
        {
            var at = value.Origin?.Location ?? request.Location;
            if (scheme.Descriptor(value.Text) is not { } descriptor)
            {
                var allowed = scheme.Descriptors.Count == 0 ? "it has none" : $"expected one of: {string.Join(", ", scheme.Descriptors.Select(x => x.Id))}";
                Error(at, value.Origin?.Path ?? request.PathOf("descriptors"), $"unknown descriptor \"{value.Text}\" in the scheme {scheme.Id}; {allowed}");
            }
            else if (descriptor.Levels.Count > 0 && !descriptor.Levels.Contains(level.Id, StringComparer.OrdinalIgnoreCase))
            {
                Error(at, value.Origin?.Path ?? request.PathOf("descriptors"), $"the descriptor {descriptor.Id} goes only with {string.Join(", ", descriptor.Levels)}, not {level.Id}");
            }
            else if (descriptors.Contains(descriptor))
            {
                // A banner reading OFFICIAL-SENSITIVE-SENSITIVE is a marking no scheme has.
                Error(at, value.Origin?.Path ?? request.PathOf("descriptors"), $"the descriptor {descriptor.Id} is given twice; give each descriptor once");
            }
            else
            {
                descriptors.Add(descriptor);
            }
        }

        foreach (var repeated in request.Caveats.GroupBy(c => c.Text.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var second = repeated.ElementAt(1);
            Error(second.Origin?.Location ?? request.Location, second.Origin?.Path ?? request.PathOf("caveats"), $"the caveat \"{repeated.Key}\" is given twice; give each caveat once");
        }

        foreach (var companion in level.Requires.Concat(descriptors.SelectMany(x => x.Requires)).Distinct(StringComparer.Ordinal))
        {
            var present = companion switch
            {
                MarkingCompanions.LegalBasis => request.LegalBasis is not null,
                MarkingCompanions.Declassify => request.DeclassifyOn is not null || request.DeclassifyAfterYears is not null,
                _ => request.Caveats.Count > 0,
            };
            if (!present)
            {
                var what = companion == MarkingCompanions.LegalBasis ? " (the paragraph that allows it, e.g. \"offl. § 13 jf. fvl. § 13\")" : "";
                Error(request.LevelLocation, request.PathOf(companion), $"a marking {level.Id} under {scheme.Id} needs its {companion}{what}");
            }
        }

        var banner = Banner(scheme, level, descriptors, request.Caveats.Select(c => c.Text));
        var marking = new Marking(scheme.Id, level.Id, banner);
        return new Settled(scheme, level, scheme.Rank(level), Stamped(marking, scheme, request)) { Descriptors = descriptors, Request = request };
    }

    private Settled Raise(Settled? paper, Settled top, MarkingRequest? document)
    {
        var scheme = top.Scheme!;
        var keep = paper?.Descriptors.Where(d => d.Levels.Count == 0 || d.Levels.Contains(top.Level!.Id, StringComparer.OrdinalIgnoreCase)).ToList() ?? [];
        var request = document is null ? top.Request! : WithCompanionsOf(document, top.Request!);
        var marking = new Marking(scheme.Id, top.Level!.Id, Banner(scheme, top.Level, keep, request.Caveats.Select(c => c.Text)));
        return new Settled(scheme, top.Level, top.Rank, Stamped(marking, scheme, request)) { Descriptors = keep, Request = request };
    }

    /// <summary>
    /// The paper's request raised to a section's level takes what the section's level requires and
    /// the paper did not give: a paper raised to UNNTATT OFFENTLIGHET by its annex is withheld on
    /// the annex's legal basis, and its stamp must say so; the annex's caveats (UK EYES ONLY) bind
    /// the paper that holds it.
    /// </summary>
    private static MarkingRequest WithCompanionsOf(MarkingRequest paper, MarkingRequest section)
    {
        var declassified = paper.DeclassifyOn is not null || paper.DeclassifyAfterYears is not null;
        return paper with
        {
            LegalBasis = paper.LegalBasis ?? section.LegalBasis,
            DeclassifyOn = declassified ? paper.DeclassifyOn : section.DeclassifyOn,
            DeclassifyAfterYears = declassified ? paper.DeclassifyAfterYears : section.DeclassifyAfterYears,
            Caveats = [.. paper.Caveats.Concat(section.Caveats).DistinctBy(c => c.Text, StringComparer.OrdinalIgnoreCase)],
        };
    }

    private Marking Stamped(Marking marking, MarkingScheme? scheme, MarkingRequest request)
    {
        var on = request.DeclassifyOn ?? (request.DeclassifyAfterYears is { } years && _date is { } date ? YearsAfter(date, years, request) : null);
        if (request.DeclassifyOn is { } lapses && _date is { } dated && lapses <= dated && _lapsedTold.Add(request.DeclassifyLocation ?? request.Location))
        {
            // Printed as asked, but a paper that says it lapsed before it was written is almost
            // always a mistyped year.
            _diagnostics.Warning(
                request.DeclassifyLocation ?? request.Location,
                request.PathOf("declassify.on"),
                $"the marking lapses on {lapses:yyyy-MM-dd}, on or before the paper's own date ({dated:yyyy-MM-dd}), so the paper says it was declassified when it was written; give a later date, or leave the marking out");
        }
        var label = _labels.TryGetValue(marking.Banner, out var byBanner) ? byBanner : _labels.TryGetValue(marking.Level, out var byLevel) ? byLevel : null;
        return marking with
        {
            LegalBasis = request.LegalBasis?.Text,
            DeclassifyOn = on,
            Stamp = MarkingStamp.Lines(scheme, _culture, _dateFormat, request.LegalBasis?.Text, on, on is null ? request.DeclassifyAfterYears : null),
            SensitivityLabel = label is null ? null : new SensitivityLabel(label.Id, label.SiteId, marking.Banner),
        };
    }

    /// <summary>The day <paramref name="years"/> after <paramref name="date"/>, or null with an error when that is past the last day a calendar date can be.</summary>
    private DateOnly? YearsAfter(DateOnly date, long years, MarkingRequest request)
    {
        if (years <= DateOnly.MaxValue.Year - date.Year)
        {
            return date.AddYears((int)years);
        }

        Error(request.Location, request.PathOf("declassify"), $"declassifying {years} years after the paper's date ({date:yyyy-MM-dd}) falls after the year 9999; give an earlier date or fewer years");
        return null;
    }

    private static string Banner(MarkingScheme scheme, MarkingLevel level, IEnumerable<MarkingDescriptor> descriptors, IEnumerable<string> caveats) =>
        string.Concat([level.Id, .. descriptors.Select(d => scheme.DescriptorSeparator + d.Id), .. caveats.Select(c => scheme.CaveatSeparator + c)]).ToUpperInvariant();

    private static string Levels(MarkingScheme scheme) => string.Join(", ", scheme.Levels.Select(l => l.Id));

    private void Error(SourceLocation location, string path, string message) => _diagnostics.Error(location, path, message);

    /// <summary>A marking checked against its scheme, with its level's rank for comparing.</summary>
    private sealed record Settled(MarkingScheme? Scheme, MarkingLevel? Level, int Rank, Marking? Marking)
    {
        public IReadOnlyList<MarkingDescriptor> Descriptors { get; init; } = [];

        public MarkingRequest? Request { get; init; }
    }
}
