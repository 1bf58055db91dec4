using System.Collections.Frozen;

namespace Efus.Cms.Search.Lucene.Analysis;

/// The small decompounding list: a glued word is split only when it is exactly a known head plus a
/// known tail (plus a plural s/x), so "vidéosurveillance" splits but "visionnaire" never does.
/// Words are in the folded, lower-case, unstemmed form the filter sees.
internal static class FrenchCompounds
{
    private static readonly string[] _heads =
    [
        "video", "cyber", "tele", "visio", "radio", "narco", "micro", "eco", "auto", "photo", "geo",
    ];

    private static readonly FrozenSet<string> _tails = new[]
    {
        "surveillance", "protection", "verbalisation", "conference", "securite", "criminalite",
        "delinquance", "harcelement", "attaque", "menace", "violence", "travail", "consultation",
        "trafic", "trafiquant", "quartier", "citoyen", "citoyennete", "police", "patrouille",
        "mediation", "prevention", "detection", "agression", "radicalisation", "localisation",
        "transport", "camera", "controle", "sanction", "verbalisateur", "entrepreneur",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A cheap test on the term buffer before anything is allocated: does the word start with a known head?</summary>
    public static bool MayBeCompound(char[] buffer, int length)
    {
        if (length < 6)
        {
            return false;
        }

        var word = buffer.AsSpan(0, length);
        foreach (var head in _heads)
        {
            if (word.StartsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TrySplit(string word, out string head, out string tail)
    {
        foreach (var candidate in _heads)
        {
            if (word.Length > candidate.Length && word.StartsWith(candidate, StringComparison.Ordinal))
            {
                var rest = word[candidate.Length..];
                if (_tails.Contains(rest) || (rest[^1] is 's' or 'x' && _tails.Contains(rest[..^1])))
                {
                    head = candidate;
                    tail = rest;
                    return true;
                }
            }
        }

        head = string.Empty;
        tail = string.Empty;
        return false;
    }
}
