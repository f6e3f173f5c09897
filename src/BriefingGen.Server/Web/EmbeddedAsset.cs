namespace BriefingGen.Server.Web;

/// <summary>One file the service serves from its assembly.</summary>
/// <param name="Bytes">The contents.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="ETag">A strong entity tag from the contents.</param>
internal sealed record EmbeddedAsset(byte[] Bytes, string ContentType, string ETag);
