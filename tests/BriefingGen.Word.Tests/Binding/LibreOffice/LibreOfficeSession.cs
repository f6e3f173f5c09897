using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BriefingGen.Testing;

namespace BriefingGen.Word.Tests.Binding.LibreOffice;

/// <summary>
/// A headless LibreOffice for one test class, in a profile folder of its own and listening on a
/// pipe of its own, so it never meets a user's LibreOffice or another test's. Papers are opened,
/// edited and saved as .docx in it by <c>edit_in_libreoffice.py</c> over the Python-UNO bridge
/// (Debian's <c>python3-uno</c>, which only the system Python can import). Every wait has a limit;
/// LibreOffice is asked to quit when the class is done, and killed with its children if it does not.
/// </summary>
public sealed class LibreOfficeSession : IDisposable
{
    /// <summary>Starting LibreOffice and editing a handful of papers takes seconds; this is plenty.</summary>
    private static readonly TimeSpan ScriptLimit = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan QuitLimit = TimeSpan.FromSeconds(30);

    private static int s_sessions;

    /// <summary>The exit status of a process killed by a segmentation fault (128 + SIGSEGV).</summary>
    private const int CrashExit = 139;

    private readonly TempFolder _folder = new();
    private readonly string _pipe;
    private readonly StringBuilder _officeOutput = new();
    private Process _office;
    private int _jobs;

    /// <summary>Starts LibreOffice.</summary>
    public LibreOfficeSession()
    {
        _pipe = $"briefgen-tests-{Environment.ProcessId}-{Interlocked.Increment(ref s_sessions)}";
        _office = StartOffice();
    }

    private Process StartOffice()
    {
        var profile = new Uri(Path.Combine(_folder.Path, "profile")).AbsoluteUri;
        var start = new ProcessStartInfo("soffice", ["-env:UserInstallation=" + profile, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck", $"--accept=pipe,name={_pipe};urp;StarOffice.ComponentContext"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var office = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        office.OutputDataReceived += (_, e) => Note(e.Data);
        office.ErrorDataReceived += (_, e) => Note(e.Data);
        office.BeginOutputReadLine();
        office.BeginErrorReadLine();
        return office;
    }

    /// <summary>Opens <paramref name="docx"/> in LibreOffice, makes <paramref name="edits"/>, saves it as .docx and returns the saved file.</summary>
    public byte[] Save(byte[] docx, params LibreOfficeEdit[] edits) => SaveAll([(docx, edits)]).Single();

    /// <summary>Opens, edits and saves each paper in turn, in one run of the script.</summary>
    public IReadOnlyList<byte[]> SaveAll(IReadOnlyList<(byte[] Docx, LibreOfficeEdit[] Edits)> papers)
    {
        var job = Interlocked.Increment(ref _jobs);
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, $"job{job}")).FullName;
        var entries = papers.Select((paper, i) =>
        {
            var input = Path.Combine(folder, $"paper{i}.docx");
            File.WriteAllBytes(input, paper.Docx);
            return new Dictionary<string, object>
            {
                ["input"] = input,
                ["output"] = Path.Combine(folder, $"saved{i}.docx"),
                ["edits"] = paper.Edits.Select(e => new Dictionary<string, string> { [e.Selector] = e.Target, ["text"] = e.Text }).ToList(),
            };
        }).ToList();
        var jobFile = Path.Combine(folder, "job.json");
        File.WriteAllText(jobFile, JsonSerializer.Serialize(entries));
        var (exit, output) = RunScript(jobFile, ScriptLimit);
        if (exit == CrashExit)
        {
            // LibreOffice or its Python bridge now and then dies of a segmentation fault on a paper
            // it handles the next time; that is LibreOffice's fault, not the paper's, so the job is
            // run once more (with a fresh LibreOffice if it went down). Any other failure stands.
            Note($"the script crashed (exit {exit}); running it once more:\n{output}");
            RestartOfficeIfDown();
            (exit, output) = RunScript(jobFile, ScriptLimit);
        }

        Assert.True(exit == 0, $"editing in LibreOffice failed (exit {exit}):\n{output}\nLibreOffice said:\n{OfficeOutput()}");
        return entries.Select(e => File.ReadAllBytes((string)e["output"])).ToList();
    }

    private void RestartOfficeIfDown()
    {
        if (!_office.WaitForExit(TimeSpan.FromSeconds(2)))
        {
            return;
        }

        _office.Dispose();
        _office = StartOffice();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (!_office.HasExited)
            {
                RunScript("--quit", QuitLimit);
            }
        }
        finally
        {
            if (!_office.WaitForExit(QuitLimit))
            {
                _office.Kill(entireProcessTree: true);
                _office.WaitForExit(QuitLimit);
            }

            _office.Dispose();
            _folder.Dispose();
        }
    }

    private (int Exit, string Output) RunScript(string argument, TimeSpan limit)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Binding", "LibreOffice", "edit_in_libreoffice.py");
        var start = new ProcessStartInfo(SystemPython(), [script, _pipe, argument])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            _office.Kill(entireProcessTree: true);
            throw new TimeoutException($"LibreOffice did not finish within {limit.TotalSeconds} s; it was stopped");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>The Python that can import <c>uno</c>: the system's, which Debian's python3-uno is built for.</summary>
    private static string SystemPython() => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private void Note(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_officeOutput)
        {
            _officeOutput.AppendLine(line);
        }
    }

    private string OfficeOutput()
    {
        lock (_officeOutput)
        {
            return _officeOutput.ToString();
        }
    }
}
