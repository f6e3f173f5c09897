using BriefingGen.Testing;
using CsCheck;

namespace BriefingGen.Tests.Images;

/// <summary>Whatever is done to a good picture, the loader accepts it or refuses it with a message, and never throws.</summary>
public class ImagePropertyTests
{
    /// <summary>A damaged copy of one of the seed pictures.</summary>
    internal static readonly Gen<byte[]> Damaged =
        Gen.Select(Gen.Int[0, PictureMutations.Seeds.Length - 1], Gen.Int[0, 4], Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 6])
            .Select(t => PictureMutations.Mutate(PictureMutations.Seeds[t.Item1], t.Item2, t.Item3));

    [Fact]
    public void Damaged_pictures_are_accepted_or_refused_but_never_throw()
    {
        Damaged.Sample(bytes =>
        {
            if (Refusal.Of(bytes) is { } message)
            {
                Assert.StartsWith("image 'x.png' ", message, StringComparison.Ordinal);
            }
        }, iter: 30_000);
    }
}
