namespace BriefingGen.Compose;

/// <summary>The slots of one composed paper, numbered in the order the template wrote them.</summary>
internal sealed class SlotTable
{
    private readonly List<Slot> _slots = [];

    /// <summary>How many slots there are.</summary>
    public int Count => _slots.Count;

    /// <summary>Adds <paramref name="slot"/> and returns the mark that stands for it.</summary>
    public string Add(Slot slot)
    {
        _slots.Add(slot);
        return slot is InlineSlot ? SlotMarks.Inline(_slots.Count - 1) : SlotMarks.Block(_slots.Count - 1);
    }

    /// <summary>The slot numbered <paramref name="id"/>, or null for a number no slot has.</summary>
    public Slot? Get(int id) => id >= 0 && id < _slots.Count ? _slots[id] : null;
}
