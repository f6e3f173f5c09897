using System.Collections.Concurrent;
using System.Globalization;

namespace BriefingGen.Typography;

/// <summary>
/// The culture a paper is written in, with the Gregorian calendar. The data's dates are
/// Gregorian (YYYY-MM-DD), Word's date controls say so, and a paper's reader expects the date the
/// data gives: Saudi Arabic, Persian and Thai would otherwise print 5 October 2026 as a date of
/// 1448, 1405 or 2569.
/// </summary>
public static class DocumentCulture
{
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The culture <paramref name="name"/>, its calendar Gregorian; one read-only instance per name.</summary>
    /// <exception cref="CultureNotFoundException"><paramref name="name"/> is not a culture name.</exception>
    public static CultureInfo Get(string name) => Cultures.GetOrAdd(name, Make);

    private static CultureInfo Make(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        if (culture.Calendar is GregorianCalendar)
        {
            return culture;
        }

        // Every culture with another default calendar offers the Gregorian one, in its own month names.
        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
        if (gregorian is null)
        {
            return culture;
        }

        var copy = (CultureInfo)culture.Clone();
        copy.DateTimeFormat.Calendar = gregorian;
        return CultureInfo.ReadOnly(copy);
    }
}
