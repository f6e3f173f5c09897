using BriefingGen.Extensions;

namespace BriefingGen.Components.Digest;

/// <summary>
/// The digest component: a pack that names it (<c>components: [digest]</c>) gets its data step,
/// which reads the brief files the data lists, sorts and merges the week's items and, given last
/// week's snapshot, marks what changed (see <see cref="DigestStep"/>); and <c>redline</c>, which shows
/// a text's changes since last week as tracked changes.
/// </summary>
public sealed class DigestExtension : IBriefingExtension
{
    /// <summary>The flag (<see cref="Engine.DataSource.Flags"/>) that asks for changed text as tracked changes: <c>briefgen digest --redline</c>.</summary>
    public const string RedlineFlag = "redline";

    /// <inheritdoc />
    public string Name => "digest";

    /// <inheritdoc />
    public void Register(ExtensionBuilder builder)
    {
        builder.AddDataStep(new DigestStep());
        builder.AddFunction(RedlineFunction.Create());
    }
}
