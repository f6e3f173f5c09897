using BriefingGen.Extensions;
using BriefingGen.Styling;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The risk-matrix component: the risk functions, the grid node, a <c>matrix-text</c> role (table
/// text, bold and centred) for ids and labels, a <c>matrix-score</c> role (smaller, set right) for
/// each cell's score, the order of its band shades for the theme's greyscale check, and its Word,
/// PDF, HTML, plain-text and Markdown renderers.
/// </summary>
public sealed class RiskMatrixExtension : IBriefingExtension
{
    /// <summary>The role of the ids in the grid's cells.</summary>
    public const string CellRole = "matrix-text";

    /// <summary>The role of the score in the corner of each cell and the scores in the legend.</summary>
    public const string ScoreRole = "matrix-score";

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
        builder.AddRole(new RoleDefinition(ScoreRole, StyleRoles.TableText, look => look with
        {
            Text = look.Text with { Size = look.Text.Size - 1.5 },
            Alignment = ParagraphAlignment.Right,
        }));
        builder.AddShadeScale(new ShadeScale("the risk matrix's bands", RiskBands.All.Select(RiskShades.Name).ToList()));
        builder.AddRenderer(new RiskMatrixWordRenderer());
        builder.AddRenderer(new RiskMatrixPdfRenderer());
        builder.AddRenderer(new RiskMatrixMarkdownRenderer());
        builder.AddRenderer(new RiskMatrixHtmlRenderer());
        builder.AddRenderer(new RiskMatrixTextRenderer());
    }
}
