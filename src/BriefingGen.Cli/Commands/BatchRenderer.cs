using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;
using BriefingGen.Cli.Output;
using BriefingGen.Engine;
using BriefingGen.Rendering;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// Renders the papers of one run on several threads through one engine per pack, and reports them
/// in input order as each one's turn comes, so the printed lines are the same whatever the number
/// of jobs. Only rendering takes one of the run's job slots: a paper waiting for the disk to take
/// its files lets the next one render, so the cores stay busy while files are flushed. One file's
/// failure — bad data, a pack that will not load, even a bug — is that file's outcome and never
/// stops the others.
/// </summary>
internal sealed class BatchRenderer
{
    private readonly string? _template;
    private readonly string[] _formats;
    private readonly EngineOptions? _options;
    private readonly Func<RenderedOutput, string?>? _deliver;
    private readonly PaperJob _job;
    private PaperWriter _writer = new();
    private readonly ConcurrentDictionary<(string Pack, bool FromData), Lazy<LoadedPack>> _packs = new();

    /// <summary>
    /// Prepares a run that writes <paramref name="formats"/> with the pack chosen by
    /// <paramref name="template"/> or the data, with engines set up by <paramref name="options"/>
    /// (else the default), handing each written message (<c>eml</c>) to <paramref name="deliver"/>,
    /// which returns why it could not be sent, or null; <paramref name="job"/> says what else each
    /// paper needs (a digest's snapshot).
    /// </summary>
    public BatchRenderer(string? template, string[] formats, EngineOptions? options = null, Func<RenderedOutput, string?>? deliver = null, PaperJob? job = null)
    {
        _template = template;
        _formats = formats;
        _options = options;
        _deliver = deliver;
        _job = job ?? PaperJob.Plain;
    }

    /// <summary>
    /// Renders every paper with at most <paramref name="jobs"/> at a time, handing each report to
    /// <paramref name="report"/> in input order (never two at once), and returns all of them. No
    /// output replaces a data file of <paramref name="inputs"/> (every data file of the run, this
    /// slice's and others'; the papers' own when null).
    /// </summary>
    public IReadOnlyList<PaperReport> Run(IReadOnlyList<(string File, string Stem)> papers, int jobs, Action<PaperReport, string?> report, Action finishedOne, IEnumerable<string>? inputs = null)
    {
        _writer = new PaperWriter { Inputs = (inputs ?? papers.Select(p => p.File)).Select(RenderPlan.RealPath).ToHashSet(StringComparer.OrdinalIgnoreCase) };
        var done = new (PaperReport Report, LoadedPack? Pack)?[papers.Count];
        var next = 0;
        var turn = new Lock();
        using var slots = new SemaphoreSlim(jobs, jobs);
        var claimed = -1;
        Exception? failure = null;

        // Cores the papers leave idle write each paper's formats side by side: a lone paper's Word
        // and PDF files are made at once on two cores, a hundred papers keep one core each.
        var writersAtOnce = Math.Max(1, jobs / Math.Max(1, papers.Count));
        void Work()
        {
            try
            {
                for (var i = Interlocked.Increment(ref claimed); i < papers.Count; i = Interlocked.Increment(ref claimed))
                {
                    var result = RenderOne(papers[i].File, papers[i].Stem, slots, writersAtOnce);
                    lock (turn)
                    {
                        done[i] = result;
                        finishedOne();
                        while (next < done.Length && done[next] is { } ready)
                        {
                            report(ready.Report, FirstUseMessages(ready.Pack));
                            next++;
                        }
                    }
                }
            }
            catch (Exception e)
            {
                // A report that cannot be printed (a closed console) ends the run, as on one thread.
                Interlocked.CompareExchange(ref failure, e, null);
                Interlocked.Exchange(ref claimed, papers.Count);
            }
        }

        // Twice as many workers as slots, on threads of their own rather than the pool's (which adds
        // threads only slowly): while one waits on the disk, another renders.
        var workers = Enumerable.Range(0, Math.Min(2 * jobs, papers.Count)).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
        var latency = GCSettings.LatencyMode;
        try
        {
            // Nobody waits on a batch between papers, so the collector's background thread, which
            // keeps a server responsive, only takes a core from the renders: without it a paper of
            // fifty times the sample (86 pages) went from 1.41 to 1.21 s, and one of 5,000 table
            // rows from 4.0 to 3.6 s; a hundred sample papers took as long as before.
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            workers.ForEach(worker => worker.Start());
            workers.ForEach(worker => worker.Join());
        }
        finally
        {
            GCSettings.LatencyMode = latency;
        }
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return [.. done.Select(d => d!.Value.Report)];
    }

    /// <summary>The pack's own load messages, given out once: with the first report that used the pack.</summary>
    private static string? FirstUseMessages(LoadedPack? pack)
    {
        if (pack is null || pack.Reported)
        {
            return null;
        }

        pack.Reported = true;
        return pack.Messages;
    }

    private (PaperReport Report, LoadedPack? Pack) RenderOne(string file, string stem, SemaphoreSlim slots, int writersAtOnce)
    {
        var clock = Stopwatch.StartNew();
        var printable = Diagnostics.PrintablePath.Of(file);
        var packName = _template ?? PackChoice.DefaultPack;
        LoadedPack? pack = null;
        var holdsSlot = false;
        try
        {
            slots.Wait();
            holdsSlot = true;
            var request = PackChoice.For(file, _template);
            packName = request.Name;
            if (request.DataErrors.Count > 0)
            {
                return (Failed($"{printable}: not rendered; fix the errors above.", request.DataErrors), null);
            }

            if (PackChoice.Refusal(request) is { } badField)
            {
                return (Failed($"{printable}: not rendered; fix the errors above.", [badField]), null);
            }

            pack = _packs.GetOrAdd((packName, request.FromData), key => new Lazy<LoadedPack>(() => LoadedPack.Load(request, _options))).Value;
            if (pack.Engine is null)
            {
                return (Failed($"{printable}: not rendered; the template pack '{packName}' could not be loaded.", []), pack);
            }

            if (_job.Refuse(pack.Engine) is { } refusal)
            {
                return (Failed($"{printable}: not rendered; {refusal}", []), pack);
            }

            var (source, sourceDiagnostics) = _job.Source(file);
            if (source is null)
            {
                return (Failed($"{printable}: not rendered; fix the errors above.", sourceDiagnostics), pack);
            }

            var result = pack.Engine.Render(source, _formats, writersAtOnce);
            IReadOnlyList<Diagnostics.Diagnostic> diagnostics = [.. sourceDiagnostics, .. result.Diagnostics];
            if (!result.Succeeded)
            {
                return (Failed($"{printable}: not rendered; fix the errors above.", diagnostics), pack);
            }

            IReadOnlyList<RenderedOutput> written = [.. result.Outputs, .. _job.Extras(file, result)];
            slots.Release();
            holdsSlot = false;
            if (_writer.Write(stem, written) is { } failure)
            {
                return (Failed($"{printable}: not written; {failure}", diagnostics), pack);
            }

            var outputs = written.Select(o => (stem + o.Extension, (long)o.Bytes.Length)).ToList();
            if (_deliver is not null && result.Outputs.FirstOrDefault(o => o.Format == "eml") is { } message && _deliver(message) is { } notSent)
            {
                return (new PaperReport(file, packName, ExitCodes.InputError, outputs, diagnostics, [$"{printable}: written to {stem}{message.Extension} but not sent; {notSent}."], clock.ElapsedMilliseconds), pack);
            }

            return (new PaperReport(file, packName, ExitCodes.Success, outputs, diagnostics, [], clock.ElapsedMilliseconds), pack);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (new PaperReport(file, packName, ExitCodes.InternalError, [], [], [$"{printable}: not rendered.", .. InternalErrorMessage.Lines(e)], clock.ElapsedMilliseconds), pack);
        }
        finally
        {
            if (holdsSlot)
            {
                slots.Release();
            }
        }

        PaperReport Failed(string message, IReadOnlyList<Diagnostics.Diagnostic> diagnostics) =>
            new(file, packName, ExitCodes.InputError, [], diagnostics, [message], clock.ElapsedMilliseconds);
    }

    /// <summary>A pack loaded once for the whole run, with what loading it printed.</summary>
    private sealed class LoadedPack(BriefingEngine? engine, string messages)
    {
        public BriefingEngine? Engine { get; } = engine;

        public string Messages { get; } = messages;

        /// <summary>Set once the messages have been printed with a paper's report (under the run's reporting lock).</summary>
        public bool Reported { get; set; }

        public static LoadedPack Load(PackRequest request, EngineOptions? options)
        {
            var messages = new StringWriter();
            var engine = PackChoice.Load(request, messages, options);
            return new LoadedPack(engine, messages.ToString());
        }
    }
}
