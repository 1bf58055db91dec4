using System.Globalization;
using Efus.Cms.DataGenerator;

namespace Efus.Cms.Bench;

public sealed record BenchOptions(int Items, int Seed, int Queries, bool Keep, bool Profile = false)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(10_000, 42, 2000, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--items" => options with { Items = GeneratorOptions.ParseItemCount(args[++i]) },
                "--seed" => options with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--queries" => options with { Queries = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--keep" => options with { Keep = true },
                "--profile" => options with { Profile = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
