using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace BriefingGen.Server.Addin;

/// <summary>
/// The Word add-in's manifest: an XML add-in-only manifest (schema 1.1, MS-OWEMXML) for a task
/// pane in Word, whose every address is the service's own. Word reads it when the add-in is
/// sideloaded or deployed; it shows a "BriefingGen" button on the Home tab that opens the task pane.
/// Element order follows the schema, which Office enforces.
/// </summary>
internal static class AddinManifest
{
    /// <summary>The add-in's identity: one fixed id, so Word knows a newer manifest as the same add-in.</summary>
    public const string Id = "6f0c1d3e-2b7a-4c59-9e1f-8a4d2c7b5e30";

    /// <summary>Where the task pane page is, under the service's address.</summary>
    public const string TaskPanePath = "addin/taskpane.html";

    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    /// <summary>The manifest for a service reached at <paramref name="address"/> (ending in a slash), as UTF-8 bytes.</summary>
    public static byte[] For(Uri address)
    {
        var root = address.AbsoluteUri.EndsWith('/') ? address.AbsoluteUri : address.AbsoluteUri + "/";
        var version = typeof(AddinManifest).Assembly.GetName().Version ?? new Version(1, 0, 0, 0);
        var manifest = new XElement(
            App + "OfficeApp",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "bt", Bt),
            new XAttribute(Xsi + "type", "TaskPaneApp"),
            new XElement(App + "Id", Id),
            new XElement(App + "Version", version.ToString(4)),
            new XElement(App + "ProviderName", "BriefingGen"),
            new XElement(App + "DefaultLocale", "en-US"),
            Setting("DisplayName", "BriefingGen"),
            Setting("Description", "Write briefing papers from their data, beside the paper: choose a template, edit the data with live checks and preview, insert the paper, and update it from the data it remembers."),
            Setting("IconUrl", root + "addin/icon-32.png"),
            Setting("HighResolutionIconUrl", root + "addin/icon-64.png"),
            Setting("SupportUrl", root),
            new XElement(App + "Hosts", new XElement(App + "Host", new XAttribute("Name", "Document"))),
            new XElement(App + "Requirements", new XElement(App + "Sets", new XAttribute("DefaultMinVersion", "1.1"), new XElement(App + "Set", new XAttribute("Name", "WordApi"), new XAttribute("MinVersion", "1.1")))),
            new XElement(App + "DefaultSettings", Setting("SourceLocation", root + TaskPanePath)),
            new XElement(App + "Permissions", "ReadWriteDocument"),
            Ribbon(root));
        return Serialize(new XDocument(new XDeclaration("1.0", "utf-8", null), manifest));
    }

    private static XElement Setting(string name, string value) => new(App + name, new XAttribute("DefaultValue", value));

    /// <summary>The Home tab's BriefingGen group, with one button that opens the task pane.</summary>
    private static XElement Ribbon(string root)
    {
        XNamespace o = Overrides;
        XElement Resid(string name, string id) => new(o + name, new XAttribute("resid", id));
        XElement Icons() => new(o + "Icon", new[] { 16, 32, 80 }.Select(size => new XElement(Bt + "Image", new XAttribute("size", size), new XAttribute("resid", Icon(size)))));

        return new XElement(
            o + "VersionOverrides",
            new XAttribute("xmlns", Overrides),
            new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
            new XElement(o + "Hosts", new XElement(
                o + "Host",
                new XAttribute(Xsi + "type", "Document"),
                new XElement(
                    o + "DesktopFormFactor",
                    new XElement(o + "GetStarted", Resid("Title", "Start.Title"), Resid("Description", "Start.Text"), Resid("LearnMoreUrl", "Workspace.Url")),
                    new XElement(
                        o + "ExtensionPoint",
                        new XAttribute(Xsi + "type", "PrimaryCommandSurface"),
                        new XElement(o + "OfficeTab", new XAttribute("id", "TabHome"), new XElement(
                            o + "Group",
                            new XAttribute("id", "BriefingGen.Group"),
                            Resid("Label", "Group.Label"),
                            Icons(),
                            new XElement(
                                o + "Control",
                                new XAttribute(Xsi + "type", "Button"),
                                new XAttribute("id", "BriefingGen.Open"),
                                Resid("Label", "Open.Label"),
                                new XElement(o + "Supertip", Resid("Title", "Open.Label"), Resid("Description", "Open.Tip")),
                                Icons(),
                                new XElement(o + "Action", new XAttribute(Xsi + "type", "ShowTaskpane"), new XElement(o + "TaskpaneId", "BriefingGen.Pane"), Resid("SourceLocation", "Taskpane.Url"))))))))),
            new XElement(
                o + "Resources",
                new XElement(Bt + "Images", new[] { 16, 32, 80 }.Select(size => Resource("Image", Icon(size), $"{root}addin/icon-{size}.png"))),
                new XElement(Bt + "Urls", Resource("Url", "Taskpane.Url", root + TaskPanePath), Resource("Url", "Workspace.Url", root)),
                new XElement(Bt + "ShortStrings", Resource("String", "Group.Label", "BriefingGen"), Resource("String", "Open.Label", "Briefing paper"), Resource("String", "Start.Title", "Briefing papers from their data")),
                new XElement(Bt + "LongStrings", Resource("String", "Open.Tip", "Open BriefingGen beside the paper: write a new paper from data, or edit the data this paper was made from and update it."), Resource("String", "Start.Text", "Open BriefingGen from the Home tab to write a paper from its data or to update this one."))));
    }

    private static string Icon(int size) => string.Create(CultureInfo.InvariantCulture, $"Icon.{size}");

    private static XElement Resource(string kind, string id, string value) => new(Bt + kind, new XAttribute("id", id), new XAttribute("DefaultValue", value));

    private static byte[] Serialize(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }
}
