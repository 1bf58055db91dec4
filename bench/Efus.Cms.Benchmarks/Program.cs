using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project bench/Efus.Cms.Benchmarks -- --filter '*' [--dry]
// In process (no generated project to build): one launch, 3 warm-up and 10 measured iterations each;
// --dry runs each benchmark once, which proves they work (what `bench/run.sh --small` does).
var dry = args.Contains("--dry");
var job = dry ? Job.Dry : Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10);
var config = DefaultConfig.Instance.AddJob(job.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Where(a => a != "--dry")], config);
