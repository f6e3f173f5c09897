using System.Security.Cryptography;
using System.Text;
using BriefingGen.Server.Api;

namespace BriefingGen.Server.Work;

/// <summary>
/// The last answers given, ready to send, keyed by a hash of the endpoint, the pack and the data:
/// the same input always gives the same diagnostics and the same pages, so an answer asked for
/// again (the sample opened in many workspaces, an edit undone, a check repeated) is sent without
/// reading or laying out the paper again. Least recently used goes first.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<(string Key, CachedAnswer Value)> _order = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedAnswer Value)>> _entries = new(StringComparer.Ordinal);

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
    public CachedAnswer? Get(string key)
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
    public void Put(string key, CachedAnswer value)
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
