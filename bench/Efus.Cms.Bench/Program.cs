using Efus.Cms.Bench;

// dotnet run -c Release --project bench/Efus.Cms.Bench -- search --items 100000 [--seed 42] [--queries 2000]
// dotnet run -c Release --project bench/Efus.Cms.Bench -- pages --data FOLDER [--requests 1000] [--detail PATH]…
if (args.Length > 0 && args[0] == "pages")
{
    return await PagesBenchmark.RunAsync(args.Skip(1).ToArray());
}

if (args.Length == 0 || args[0] != "search")
{
    Console.Error.WriteLine("usage: search --items N [--seed 42] [--queries 2000] [--keep] [--profile] | pages --data FOLDER [--requests 1000] [--detail PATH]…");
    return 2;
}

return await SearchBenchmark.RunAsync(BenchOptions.Parse(args.Skip(1).ToArray()));
