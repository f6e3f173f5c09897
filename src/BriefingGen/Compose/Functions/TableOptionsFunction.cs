using BriefingGen.Data.Schema;
using BriefingGen.Markup;

namespace BriefingGen.Compose.Functions;

/// <summary>
/// <c>table_options { drop_empty_columns: true, title: "…", description: "…" }</c>, written on the
/// line right above a pipe table's header: leaves out the columns whose body cells are all empty
/// (a Notes column nobody filled in would only take room from the others), and gives the table a
/// title and description for screen readers. Every setting is optional; one the function does not
/// know is an error naming the settings it does.
/// </summary>
internal static class TableOptionsFunction
{
    private static readonly string[] Known = ["drop_empty_columns", "title", "description"];

    /// <summary>The function, for registration.</summary>
    public static TemplateFunction Create() => new("table_options", 1, 1, Options);

    private static TableOptions Options(TemplateCall call)
    {
        var options = call.Map(call.Argument(0), "its settings");
        foreach (var key in options.Keys.Where(k => !Known.Contains(k, StringComparer.Ordinal)))
        {
            var hint = Suggestions.Closest(key, Known) is { } s ? $"did you mean '{s}'?" : $"it knows {string.Join(", ", Known)}";
            throw call.Error($"table_options has no setting '{key}'; {hint}");
        }

        string? Text(string key) => options.TryGetValue(key, out var v) && v is not null && call.TextNode(v).Value is { Length: > 0 } text ? text : null;
        var drop = options.TryGetValue("drop_empty_columns", out var d) ? d switch
        {
            null => false,
            bool b => b,
            _ => throw call.Error($"table_options' drop_empty_columns must be true or false, got {call.Text(d)}"),
        } : false;
        return new TableOptions(drop, Text("title"), Text("description"));
    }
}
