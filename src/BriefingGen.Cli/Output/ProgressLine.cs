namespace BriefingGen.Cli.Output;

/// <summary>
/// A one-line progress bar on a terminal's standard error, redrawn in place ("[#####-----] 37/100
/// papers"). It is cleared before any other line is printed, so messages never mix with it, and
/// it is only used when standard error is a terminal: a pipe or a log file gets no carriage returns.
/// </summary>
internal sealed class ProgressLine(TextWriter terminal, int total)
{
    private const int BarWidth = 30;
    private int _done;
    private bool _shown;

    /// <summary>Counts one more paper as finished and redraws the bar.</summary>
    public void Advance()
    {
        _done++;
        var filled = total == 0 ? BarWidth : _done * BarWidth / total;
        terminal.Write($"\r[{new string('#', filled)}{new string('-', BarWidth - filled)}] {_done}/{total} papers");
        terminal.Flush();
        _shown = true;
    }

    /// <summary>Erases the bar so a message can take its line; the next <see cref="Advance"/> draws it again.</summary>
    public void Clear()
    {
        if (_shown)
        {
            terminal.Write("\r\u001b[K");
            _shown = false;
        }
    }
}
