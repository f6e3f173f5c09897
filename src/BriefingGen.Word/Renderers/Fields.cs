using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>Word fields: an instruction Word evaluates and a stored result shown until it does.</summary>
internal static class Fields
{
    /// <summary>A simple field with <paramref name="instruction"/> and the stored <paramref name="result"/>.</summary>
    public static SimpleField Simple(string instruction, string result, RunFormat format) =>
        new(Runs.Create(result, format)) { Instruction = instruction };
}
