using System.Security.Cryptography;
using System.Text;

namespace BriefingGen.Server.Work;

/// <summary>
/// The last previews made, keyed by a hash of the pack and the data: the same input always makes
/// the same pages, so a preview asked for again (the same sample opened in many workspaces, an
/// edit undone) is answered without laying the paper out again. Least recently used goes first.
/// </summary>
internal sealed class PreviewCache<T>(int capacity)
    where T : class
{
    private readonly Lock _lock = new();
    private readonly LinkedList<(string Key, T Value)> _order = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, T Value)>> _entries = new(StringComparer.Ordinal);

    /// <summary>The key of <paramref name="parts"/>: a SHA-256 over each part with its length, so no two inputs share one.</summary>
    public static string KeyOf(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The value kept for <paramref name="key"/>, or null.</summary>
    public T? Get(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Value;
        }
    }

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, dropping the least recently used past the capacity.</summary>
    public void Put(string key, T value)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.Remove(key, out var old))
            {
                _order.Remove(old);
            }

            _entries[key] = _order.AddFirst((key, value));
            while (_entries.Count > capacity)
            {
                _entries.Remove(_order.Last!.Value.Key);
                _order.RemoveLast();
            }
        }
    }
}
