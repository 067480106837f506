using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Parley.Cli.Ingest;

/// <summary>
/// The document ids one ingest has read, to refuse a second document under an id already read. Holds 64 bits of
/// each id's SHA-256 and the input it came from (a path the ingest plan holds anyway), not the id itself, so a
/// folder of a million documents costs tens of megabytes less. Two different ids share 64 bits with a chance of
/// about n²/2⁶⁵ (under 10⁻⁷ for a million ids).
/// </summary>
internal sealed class SeenDocumentIds
{
    private readonly Dictionary<ulong, string> _pathOf = [];

    /// <summary>Number of ids read.</summary>
    public int Count => _pathOf.Count;

    /// <summary>
    /// Records <paramref name="id"/> as read from <paramref name="path"/>; false, with the path it was first read
    /// from, when it was read before.
    /// </summary>
    public bool TryAdd(string id, string path, out string firstPath)
    {
        var key = KeyOf(id);
        if (_pathOf.TryGetValue(key, out var first))
        {
            firstPath = first;
            return false;
        }

        _pathOf[key] = path;
        firstPath = path;
        return true;
    }

    private static ulong KeyOf(string id)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }
}
