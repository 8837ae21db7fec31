using System.Runtime.CompilerServices;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Finds the operator's circuit ids in text however the provider spaces, cases or punctuates them: an id matches a
/// run of words and numbers whose letters and digits, joined, equal the id's ("/OGYX/123456/ /ZYO /" is found as
/// "OGYX/123456//ZYO", "ogyx 123456 zyo"). The run must stand on its own: a number or short code joined to it by a
/// hyphen, dot or slash makes it part of a longer id ("1-123456789" is not "123456789"). Longer ids win.
/// </summary>
internal sealed class KnownCircuitIndex
{
    private const int LongestSeparator = 5;
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, KnownCircuitIndex> Cache = new();

    private readonly Dictionary<string, List<string>> byKey = new(StringComparer.Ordinal);
    private readonly int longestRun;

    private KnownCircuitIndex(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            var key = Key(id);
            if (key.Length < 3)
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(id);
            longestRun = Math.Max(longestRun, Words(id).Count + 2);
        }
    }

    public int Count => byKey.Count;

    public static KnownCircuitIndex For(IReadOnlySet<string> known) => Cache.GetValue(known, set => new KnownCircuitIndex(set));

    /// <summary>The known ids in <paramref name="text"/>, each with where it starts, longest match first at each place.</summary>
    public IEnumerable<(string Id, int Index)> Find(string text)
    {
        if (byKey.Count == 0)
        {
            yield break;
        }

        var words = Words(text);
        var lowered = text.ToLowerInvariant();
        var lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var key = new char[text.Length];
        var i = 0;
        while (i < words.Count)
        {
            var matched = 0;
            string? id = null;
            var at = words[i].Index;
            if (StandsAlone(text, words, i, before: true))
            {
                var length = 0;
                for (var j = i; j < words.Count && j - i < longestRun; j++)
                {
                    if (j > i && !Joinable(text, words[j - 1], words[j]))
                    {
                        break;
                    }

                    lowered.AsSpan(words[j].Index, words[j].Text.Length).CopyTo(key.AsSpan(length));
                    length += words[j].Text.Length;
                    if (lookup.TryGetValue(key.AsSpan(0, length), out var ids) && StandsAlone(text, words, j, before: false))
                    {
                        matched = j - i + 1;
                        id = Pick(ids, text[words[i].Index..(words[j].Index + words[j].Text.Length)]);
                    }
                }
            }

            if (id is not null)
            {
                yield return (id, at);
                i += matched;
            }
            else
            {
                i++;
            }
        }
    }

    private static string Pick(List<string> ids, string written)
    {
        var squeezed = Squeeze(written);
        return ids.FirstOrDefault(id => string.Equals(Squeeze(id).Trim('/', ' '), squeezed.Trim('/', ' '), StringComparison.OrdinalIgnoreCase)) ?? ids[0];
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool Joinable(string text, Word left, Word right)
    {
        var gap = text.AsSpan(left.Index + left.Text.Length, right.Index - left.Index - left.Text.Length);
        if (gap.Length > LongestSeparator)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (!(c is ' ' or '-' or '/' or '.' or '_' or ':' or '\\'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>False when the word next to this end is tied to it by one hyphen, dot or slash and is a number or a short code.</summary>
    private static bool StandsAlone(string text, List<Word> words, int at, bool before)
    {
        var neighbour = before ? at - 1 : at + 1;
        if (neighbour < 0 || neighbour >= words.Count)
        {
            return true;
        }

        var (left, right) = before ? (words[neighbour], words[at]) : (words[at], words[neighbour]);
        var end = left.Index + left.Text.Length;
        var tied = right.Index - end == 1 && text[end] is '-' or '.' or '/' or '_'
            && words[neighbour].Text is var other && (other.Any(char.IsDigit) || other.Length <= 3);
        return !tied;
    }

    private static string Key(string id) => string.Concat(Words(id).Select(word => word.Text.ToLowerInvariant()));

    private readonly record struct Word(int Index, string Text);

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add(new Word(start, text[start..i]));
        }

        return words;
    }
}
