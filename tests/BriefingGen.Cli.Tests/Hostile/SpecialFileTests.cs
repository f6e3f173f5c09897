using System.Diagnostics;

namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>
/// A data file or a paper that is not a regular file — a named pipe, a folder, a device, a link
/// that loops or leads nowhere, a file this user may not read — is refused at once by every
/// command that reads one, with its name and what it is; never read as empty, never waited on.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class SpecialFileTests
{
    public static TheoryData<string, string> Kinds => new()
    {
        { "pipe", "named pipe" },
        { "folder", "is a folder" },
        { "zero", "is a device" },
        { "urandom", "is a device" },
        { "loop", "loop" },
        { "dangling", "which does not exist" },
    };

    /// <summary>Makes a path of <paramref name="kind"/> in <paramref name="folder"/>.</summary>
    private static string Make(string folder, string kind)
    {
        var path = Path.Combine(folder, kind + ".yaml");
        switch (kind)
        {
            case "pipe":
                using (var mkfifo = Process.Start("mkfifo", path))
                {
                    mkfifo.WaitForExit();
                }

                break;
            case "folder":
                Directory.CreateDirectory(path);
                break;
            case "zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "urandom":
                File.CreateSymbolicLink(path, "/dev/urandom");
                break;
            case "loop":
                File.CreateSymbolicLink(path, Path.Combine(folder, "other.yaml"));
                File.CreateSymbolicLink(Path.Combine(folder, "other.yaml"), path);
                break;
            case "dangling":
                File.CreateSymbolicLink(path, Path.Combine(folder, "nowhere.yaml"));
                break;
        }

        return path;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_validate_extract_and_a_batch_refuse_it_by_name(string kind, string what)
    {
        using var h = new Hostile();
        var path = Make(h.Folder.Path, kind);
        var good = h.Folder.Write("good.yaml", Hostile.Brief());
        foreach (var args in new[]
        {
            new[] { "render", path, "--out", h.Out },
            ["validate", path],
            ["extract", path],
        })
        {
            var (exit, error) = h.Run(args);
            Assert.Equal(1, exit);
            Assert.Contains($"{path}: ", error, StringComparison.Ordinal);
            Assert.Contains(what, error, StringComparison.Ordinal);
            Assert.DoesNotContain("empty", error, StringComparison.Ordinal);
        }

        var (batchExit, batchError) = h.RunBatch("render", path, good, "--jobs", "2", "--out", h.Out);
        Assert.Equal(1, batchExit);
        Assert.Contains(what, batchError, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(h.Out, "good.pdf")), batchError);
    }

    [Fact]
    public void A_file_this_user_may_not_read_is_refused_as_such()
    {
        using var h = new Hostile();
        var path = h.Folder.Write("locked.yaml", Hostile.Brief());
        File.SetUnixFileMode(path, UnixFileMode.None);
        File.SetUnixFileMode(h.Folder.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);

        // Root reads any file, so as root the check runs briefgen as the unprivileged user "nobody".
        var (exit, error) = Environment.UserName == "root" ? AsNobody("validate", path) : h.Run("validate", path);
        Assert.Equal(1, exit);
        Assert.Contains($"{path}: cannot read the data: permission denied", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Error) AsNobody(params string[] args)
    {
        var start = new ProcessStartInfo("setpriv") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(AppContext.BaseDirectory, "briefgen.dll"), .. args])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "briefgen did not end");
        return (process.ExitCode, error.Result);
    }
}
