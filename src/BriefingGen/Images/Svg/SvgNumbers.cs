using System.Globalization;

namespace BriefingGen.Images.Svg;

/// <summary>
/// Reads numbers from attribute text by SVG's grammar (SVG 1.1 §4.2, path data §8.3.9): signs and
/// decimal points may separate numbers without a space ("1-2.5.5" is 1, −2.5, 0.5), commas and white
/// space are separators. A number must be finite and within ±10⁹: beyond that no picture means it,
/// and PDF readers cannot take it.
/// </summary>
internal ref struct SvgNumbers(ReadOnlySpan<char> text)
{
    /// <summary>The largest size of a number accepted.</summary>
    public const double Limit = 1e9;

    private readonly ReadOnlySpan<char> _text = text;
    private int _at;

    /// <summary>True when only separators are left.</summary>
    public bool AtEnd
    {
        get
        {
            SkipSeparators();
            return _at >= _text.Length;
        }
    }

    /// <summary>The next character after separators, or '\0' at the end.</summary>
    public char Peek()
    {
        SkipSeparators();
        return _at < _text.Length ? _text[_at] : '\0';
    }

    /// <summary>Takes one character (a path command).</summary>
    public char Take()
    {
        SkipSeparators();
        return _text[_at++];
    }

    /// <summary>True when a number starts next.</summary>
    public bool NumberNext()
    {
        var c = Peek();
        return char.IsAsciiDigit(c) || c is '-' or '+' or '.';
    }

    /// <summary>Reads the next number, or returns false when there is none or it is out of range.</summary>
    public bool TryNumber(out double value)
    {
        SkipSeparators();
        var start = _at;
        if (_at < _text.Length && _text[_at] is '+' or '-')
        {
            _at++;
        }

        var digits = SkipDigits();
        if (_at < _text.Length && _text[_at] == '.')
        {
            _at++;
            digits += SkipDigits();
        }

        if (digits > 0 && _at < _text.Length && _text[_at] is 'e' or 'E')
        {
            var mark = _at++;
            if (_at < _text.Length && _text[_at] is '+' or '-')
            {
                _at++;
            }

            if (SkipDigits() == 0)
            {
                _at = mark; // "2em": the e is a unit, not an exponent
            }
        }

        value = 0;
        if (digits == 0 || !double.TryParse(_text[start.._at], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            _at = start;
            return false;
        }

        return double.IsFinite(value) && Math.Abs(value) <= Limit;
    }

    /// <summary>Reads an arc flag: a single 0 or 1, which needs no separator after it.</summary>
    public bool TryFlag(out bool flag)
    {
        SkipSeparators();
        flag = false;
        if (_at < _text.Length && _text[_at] is '0' or '1')
        {
            flag = _text[_at++] == '1';
            return true;
        }

        return false;
    }

    /// <summary>The text left, such as a unit after a number.</summary>
    public ReadOnlySpan<char> Rest() => _text[_at..];

    private int SkipDigits()
    {
        var start = _at;
        while (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
        {
            _at++;
        }

        return _at - start;
    }

    private void SkipSeparators()
    {
        while (_at < _text.Length && (_text[_at] is ',' || char.IsWhiteSpace(_text[_at])))
        {
            _at++;
        }
    }
}
