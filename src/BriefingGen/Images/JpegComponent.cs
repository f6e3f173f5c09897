namespace BriefingGen.Images;

/// <summary>One colour component of a JPEG frame (ITU T.81 §B.2.2): its id, sampling factors and quantisation table.</summary>
internal sealed record JpegComponent(int Id, int H, int V, int QuantTable);
