namespace BriefingGen.Data;

/// <summary>What a scalar's text means, decided by the reader (YAML's core schema, or JSON's types).</summary>
public enum ScalarKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number with a fraction or exponent.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>No value.</summary>
    Null,
}
