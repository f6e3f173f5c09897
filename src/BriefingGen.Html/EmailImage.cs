using BriefingGen.Model;

namespace BriefingGen.Html;

/// <summary>A picture an e-mail body refers to as <c>cid:</c><see cref="ContentId"/>, sent as a related part of the message.</summary>
/// <param name="ContentId">The part's Content-ID, without angle brackets.</param>
/// <param name="Image">The picture.</param>
public sealed record EmailImage(string ContentId, ImageData Image);
