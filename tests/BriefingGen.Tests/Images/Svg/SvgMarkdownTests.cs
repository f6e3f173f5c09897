using System.Text;
using BriefingGen.Images;
using BriefingGen.Model;
using BriefingGen.Rendering.Markdown;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Images.Svg;

/// <summary>In Markdown an SVG picture is referenced as pictures of the other kinds are, named by its kind.</summary>
public class SvgMarkdownTests
{
    [Fact]
    public void An_svg_figure_is_an_image_reference_to_an_svg()
    {
        var figure = new Figure(ImageLoader.Read(SvgLogos.LogoBytes, ImageLimits.Default), "The logo", [new BriefingGen.Model.Text("Exhibit 1")]);
        using var output = new MemoryStream();
        new MarkdownRenderer().Render(ModelSamples.Input(ModelSamples.Of(figure)), output);
        Assert.Contains("![The logo](image.svg) \"Exhibit 1\"", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }
}
