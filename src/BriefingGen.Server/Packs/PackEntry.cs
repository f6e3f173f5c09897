using System.Text.Json;
using BriefingGen.Engine;

namespace BriefingGen.Server.Packs;

/// <summary>One pack the service offers: its engine, loaded once and shared by every request, and what the workspace shows of it.</summary>
/// <param name="Name">The pack's folder name, by which requests choose it.</param>
/// <param name="Engine">The engine, which holds the parsed templates, labels and stylesheet.</param>
/// <param name="Languages">The label languages the pack has (<c>i18n/*.yaml</c>).</param>
/// <param name="Schema">The pack's data schema as written, or null when it has none.</param>
/// <param name="Example">The pack's first example data, or null.</param>
internal sealed record PackEntry(string Name, BriefingEngine Engine, IReadOnlyList<string> Languages, JsonElement? Schema, ExampleData? Example)
{
    /// <summary>What the pack makes, in one line.</summary>
    public string Description => Engine.Pack?.Description ?? "";
}
