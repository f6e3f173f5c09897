namespace BriefingGen.Diagnostics;

/// <summary>
/// A place in a user's file, one-based as editors count, so a message can send the user straight
/// to the character that is wrong.
/// </summary>
/// <param name="File">The file's path as the user gave it.</param>
/// <param name="Line">One-based line number, or 0 when the whole file is meant.</param>
/// <param name="Column">One-based column number, or 0 when the whole line is meant.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location that names only a file.</summary>
    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    /// <summary>Formats as <c>file:line:col</c>, leaving out the parts that are unknown, with the file's control characters escaped.</summary>
    public override string ToString()
    {
        var file = PrintablePath.Of(File);
        return Line <= 0 ? file : Column <= 0 ? $"{file}:{Line}" : $"{file}:{Line}:{Column}";
    }
}
