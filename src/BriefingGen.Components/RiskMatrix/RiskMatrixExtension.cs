using BriefingGen.Extensions;
using BriefingGen.Styling;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The risk-matrix component: the risk functions, the grid node, a <c>matrix-text</c> role (table
/// text, bold and centred) and its Word, PDF and Markdown renderers.
/// </summary>
public sealed class RiskMatrixExtension : IBriefingExtension
{
    /// <summary>The role of the ids in the grid's cells.</summary>
    public const string CellRole = "matrix-text";

    /// <inheritdoc />
    public string Name => "risk-matrix";

    /// <inheritdoc />
    public void Register(ExtensionBuilder builder)
    {
        foreach (var function in RiskFunctions.All())
        {
            builder.AddFunction(function);
        }

        builder.AddRole(new RoleDefinition(CellRole, StyleRoles.TableText, look => look with
        {
            Text = look.Text with { Bold = true },
            Alignment = ParagraphAlignment.Center,
        }));
        builder.AddRenderer(new RiskMatrixWordRenderer());
        builder.AddRenderer(new RiskMatrixPdfRenderer());
        builder.AddRenderer(new RiskMatrixMarkdownRenderer());
    }
}
