using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Data;

/// <summary>
/// The header of a <c>.npy</c> file: a Python dict literal such as
/// <c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (64, 2, 8), }</c>. Parsed as the small subset of Python
/// literals numpy writes (strings, True/False, integers, tuples and lists), never evaluated.
/// </summary>
/// <param name="Descr">The type: a string such as <c>&lt;f4</c>, or a list for a structured dtype.</param>
/// <param name="FortranOrder">Whether the elements are stored in column-major (Fortran) order.</param>
/// <param name="Shape">The shape; empty for a 0-d array.</param>
internal sealed record NpyHeader(object Descr, bool FortranOrder, long[] Shape)
{
    /// <summary>Parses <paramref name="text"/>; any other shape of header is CLM5036 naming <paramref name="source"/>.</summary>
    public static NpyHeader Parse(string text, string source)
    {
        var parser = new Parser(text, source);
        object value = parser.Value();
        parser.End();
        if (value is not Dictionary<string, object> dict)
        {
            throw Malformed(source, "the header is not a dict");
        }

        string[] expected = ["descr", "fortran_order", "shape"];
        string[] missing = expected.Where(key => !dict.ContainsKey(key)).ToArray();
        string[] extra = dict.Keys.Where(key => !expected.Contains(key)).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
        {
            throw Malformed(source, $"the header must have exactly the keys 'descr', 'fortran_order' and 'shape'; it has {string.Join(", ", dict.Keys.Select(k => $"'{k}'"))}");
        }

        if (dict["fortran_order"] is not bool fortran)
        {
            throw Malformed(source, "'fortran_order' must be True or False");
        }

        if (dict["shape"] is not List<object> { } dimensions || dimensions.Any(d => d is not long))
        {
            throw Malformed(source, "'shape' must be a tuple of whole numbers");
        }

        long[] shape = dimensions.Cast<long>().ToArray();
        if (shape.Any(d => d < 0))
        {
            throw Malformed(source, $"'shape' ({string.Join(", ", shape)}) has a negative size");
        }

        return new NpyHeader(dict["descr"], fortran, shape);
    }

    private static ClaimCheckException Malformed(string source, string what) =>
        new(DiagnosticIds.NpyFileCorrupt, $"{source} has a malformed npy header: {what}");

    /// <summary>A recursive-descent reader of one Python literal.</summary>
    private sealed class Parser(string text, string source)
    {
        // Nesting deeper than this is no numpy header (a structured dtype nests a few levels at most).
        private const int MaxDepth = 16;
        private int _at;

        public object Value(int depth = 0)
        {
            if (depth > MaxDepth)
            {
                throw Error("nested too deeply");
            }

            SkipSpace();
            if (_at >= text.Length)
            {
                throw Error("it ends where a value was expected");
            }

            char c = text[_at];
            return c switch
            {
                '{' => Dict(depth),
                '(' => Sequence(')', depth),
                '[' => Sequence(']', depth),
                '\'' or '"' => String(),
                _ when c == '-' || char.IsAsciiDigit(c) => Integer(),
                _ when char.IsAsciiLetter(c) => Word(),
                _ => throw Error($"unexpected '{c}'"),
            };
        }

        public void End()
        {
            SkipSpace();
            if (_at != text.Length)
            {
                throw Error($"unexpected '{text[_at]}' after the dict");
            }
        }

        private Dictionary<string, object> Dict(int depth)
        {
            var dict = new Dictionary<string, object>(StringComparer.Ordinal);
            _at++;
            while (true)
            {
                SkipSpace();
                if (Take('}'))
                {
                    return dict;
                }

                if (Value(depth + 1) is not string key)
                {
                    throw Error("a dict key is not a string");
                }

                SkipSpace();
                if (!Take(':'))
                {
                    throw Error($"':' expected after '{key}'");
                }

                if (!dict.TryAdd(key, Value(depth + 1)))
                {
                    throw Error($"the key '{key}' appears twice");
                }

                SkipSpace();
                if (!Take(',') && !(_at < text.Length && text[_at] == '}'))
                {
                    throw Error("',' or '}' expected");
                }
            }
        }

        private List<object> Sequence(char close, int depth)
        {
            var items = new List<object>();
            _at++;
            while (true)
            {
                SkipSpace();
                if (Take(close))
                {
                    return items;
                }

                items.Add(Value(depth + 1));
                SkipSpace();
                if (!Take(',') && !(_at < text.Length && text[_at] == close))
                {
                    throw Error($"',' or '{close}' expected");
                }
            }
        }

        private string String()
        {
            char quote = text[_at++];
            var value = new StringBuilder();
            while (_at < text.Length && text[_at] != quote)
            {
                if (text[_at] == '\\')
                {
                    throw Error("escapes in strings are not part of an npy header");
                }

                value.Append(text[_at++]);
            }

            if (!Take(quote))
            {
                throw Error("a string is not closed");
            }

            return value.ToString();
        }

        private long Integer()
        {
            int start = _at;
            if (text[_at] == '-')
            {
                _at++;
            }

            while (_at < text.Length && char.IsAsciiDigit(text[_at]))
            {
                _at++;
            }

            // Python 2 era numpy wrote long dimensions as 3L.
            string digits = text[start.._at];
            Take('L');
            return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
                ? value
                : throw Error($"'{digits}' is not a whole number that fits 64 bits");
        }

        private bool Word()
        {
            int start = _at;
            while (_at < text.Length && char.IsAsciiLetter(text[_at]))
            {
                _at++;
            }

            return text[start.._at] switch
            {
                "True" => true,
                "False" => false,
                string word => throw Error($"'{word}' is not True or False"),
            };
        }

        private bool Take(char c)
        {
            if (_at < text.Length && text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        private ClaimCheckException Error(string what) =>
            Malformed(source, string.Create(CultureInfo.InvariantCulture, $"{what} (at character {_at} of \"{Excerpt()}\")"));

        private string Excerpt() => text.Length <= 120 ? text.TrimEnd() : text[..120] + "...";
    }
}
