using System.Security.Cryptography;
using System.Text;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// The version ids a content step has seen, kept as 128-bit digests (SHA-256, truncated) rather than strings:
/// some 28 bytes per item instead of about 100, for a set that grows with the items of the step. Two ids
/// sharing a digest would need a SHA-256 collision on 128 bits.
/// </summary>
internal sealed class VersionIdSet
{
    private const int StackLimit = 256;

    private readonly HashSet<UInt128> _digests = [];

    /// <summary>False when the id was seen before.</summary>
    public bool Add(string versionId)
    {
        var byteCount = Encoding.UTF8.GetByteCount(versionId);
        var bytes = byteCount <= StackLimit ? stackalloc byte[StackLimit] : new byte[byteCount];
        var written = Encoding.UTF8.GetBytes(versionId, bytes);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], digest);
        return _digests.Add(new UInt128(BitConverter.ToUInt64(digest), BitConverter.ToUInt64(digest[8..])));
    }
}
