using System.Text.RegularExpressions;

namespace Efus.Cms.Admin.Comparison;

/// <summary>A word-level diff (longest common subsequence), so an editor sees which words changed in a paragraph.</summary>
public static partial class WordDiff
{
    // Past this many words on a side the table would be large; the whole text is shown as replaced.
    private const int MaxWords = 1500;

    public static IReadOnlyList<DiffSegment> Compute(string before, string after)
    {
        var a = Tokens().Matches(before).Select(m => m.Value).ToArray();
        var b = Tokens().Matches(after).Select(m => m.Value).ToArray();
        if (a.Length > MaxWords || b.Length > MaxWords)
        {
            return [new(DiffKind.Removed, before), new(DiffKind.Added, after)];
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(segments, DiffKind.Same, a[x]);
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Add(segments, DiffKind.Added, b[y]);
                y++;
            }
            else
            {
                Add(segments, DiffKind.Removed, a[x]);
                x++;
            }
        }

        return segments;
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, string token)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + token };
        }
        else
        {
            segments.Add(new DiffSegment(kind, token));
        }
    }

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Tokens();
}
