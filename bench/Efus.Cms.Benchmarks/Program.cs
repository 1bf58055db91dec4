using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Efus.Cms.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
