using BriefingGen.Model;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>
/// A template function's complaint about a value in the data: it stops the template like any
/// runtime error, but the composer reports it at the value's own file, line and column and data
/// path, where the user must fix it, rather than at the template line that passed it along.
/// </summary>
internal sealed class DataValueException(SourceSpan span, Origin origin, string message) : ScriptRuntimeException(span, message)
{
    /// <summary>The data value the message is about.</summary>
    public Origin Origin { get; } = origin;
}
