using System.Globalization;

namespace Efus.Cms.DataGenerator;

/// <summary>The generator's command line: <c>--items 10000|10k --seed 42 --out FILE</c>.</summary>
public sealed record GeneratorOptions(int ItemCount, int Seed, string OutputPath)
{
    public const int DefaultSeed = 42;

    public const string Usage =
        "usage: dotnet run --project bench/Efus.Cms.DataGenerator -c Release -- --items <n|1k|10k|100k> [--seed <int>, default 42] --out <file>";

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a one-line message naming the problem.</summary>
    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        int? items = null;
        var seed = DefaultSeed;
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"'{name}' needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--items":
                    items = ParseItemCount(value);
                    break;
                case "--seed":
                    seed = int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                        ? parsed
                        : throw new ArgumentException($"--seed must be an integer, not '{value}'.");
                    break;
                case "--out":
                    output = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        return new GeneratorOptions(
            items ?? throw new ArgumentException("--items is required."),
            seed,
            string.IsNullOrWhiteSpace(output) ? throw new ArgumentException("--out is required.") : output);
    }

    /// <summary>"10000", or a whole number of thousands: "1k", "10k", "100k".</summary>
    public static int ParseItemCount(string value)
    {
        var thousands = value.EndsWith('k') || value.EndsWith('K');
        var digits = thousands ? value[..^1] : value;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || (thousands && count > int.MaxValue / 1000))
        {
            throw new ArgumentException($"--items must be a non-negative number such as 10000 or 10k, not '{value}'.");
        }

        return thousands ? count * 1000 : count;
    }
}
