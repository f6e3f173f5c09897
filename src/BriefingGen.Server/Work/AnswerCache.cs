using System.Security.Cryptography;
using System.Text;
using BriefingGen.Server.Api;

namespace BriefingGen.Server.Work;

/// <summary>
/// The last answers given, ready to send, keyed by a hash of the endpoint, the pack and the data:
/// the same input always gives the same diagnostics and the same pages, so an answer asked for
/// again (the sample opened in many workspaces, an edit undone, a check repeated) is sent without
/// reading or laying out the paper again. Least recently used goes first, once there are more
/// than <paramref name="capacity"/> answers or they hold more than <paramref name="maxBytes"/>:
/// the pages of a long paper run to megabytes, so a count alone would not bound the memory.
/// </summary>
/// <param name="capacity">The most answers kept.</param>
/// <param name="maxBytes">The most bytes the kept answers may hold; an answer larger than this is not kept.</param>
internal sealed class AnswerCache(int capacity, long maxBytes = long.MaxValue)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<(string Key, CachedAnswer Value)> _order = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedAnswer Value)>> _entries = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>The bytes the kept answers hold now.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

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

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, dropping the least recently used past the bounds.</summary>
    public void Put(string key, CachedAnswer value)
    {
        if (capacity <= 0 || value.Size > maxBytes)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.Remove(key, out var old))
            {
                _order.Remove(old);
                _bytes -= old.Value.Value.Size;
            }

            _entries[key] = _order.AddFirst((key, value));
            _bytes += value.Size;
            while (_entries.Count > capacity || _bytes > maxBytes)
            {
                var last = _order.Last!.Value;
                _entries.Remove(last.Key);
                _order.RemoveLast();
                _bytes -= last.Value.Size;
            }
        }
    }
}
