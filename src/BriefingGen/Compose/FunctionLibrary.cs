using BriefingGen.Compose.Builtins;
using BriefingGen.Compose.Functions;
using BriefingGen.Extensions;
using Scriban.Runtime;

namespace BriefingGen.Compose;

/// <summary>
/// The functions a pack's templates can call: the built-in ones and those of the components the
/// pack uses, gathered once per pack into a read-only global scope that every render shares.
/// </summary>
internal static class FunctionLibrary
{
    /// <summary>The names of the built-in functions, which a component may not take.</summary>
    public static IReadOnlyList<TemplateFunction> BuiltIn { get; } =
        [.. FormattingFunctions.All(), .. DocumentFunctions.All(), SectionFunction.Create(), TableOptionsFunction.Create()];

    /// <summary>A frozen scope holding every function of <paramref name="extensions"/> and the built-ins.</summary>
    public static ScriptObject Build(ExtensionSet extensions)
    {
        var scope = new ScriptObject();
        foreach (var function in BuiltIn.Concat(extensions.Functions))
        {
            if (scope.ContainsKey(function.Name))
            {
                throw new InvalidOperationException($"two functions are called '{function.Name}'; a component must choose another name");
            }

            scope[function.Name] = function;
        }

        scope["include"] = new MarkdownIncludeFunction();
        scope["array"] = ScribanBuiltins.Array;
        scope.IsReadOnly = true;
        return scope;
    }
}
