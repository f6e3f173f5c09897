namespace BriefingGen.Data.Schema;

/// <summary>What trying a schema's <c>pattern</c> on one value gave.</summary>
internal enum PatternOutcome
{
    /// <summary>The value matches.</summary>
    Matched,

    /// <summary>The value does not match.</summary>
    NotMatched,

    /// <summary>Matching took longer than its timeout, so the value was not checked.</summary>
    TimedOut,
}
