using System.Diagnostics;
using System.Globalization;
using Efus.Cms.DataGenerator;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(GeneratorOptions.Usage);
    return 0;
}

GeneratorOptions options;
try
{
    options = GeneratorOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

// Written beside the target and moved into place, so a failed run never leaves half a recipe behind.
var partialPath = options.OutputPath + ".partial";
var stopwatch = Stopwatch.StartNew();
try
{
    using (var file = new FileStream(partialPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
    {
        new SyntheticRecipeGenerator().Write(file, options.ItemCount, options.Seed);
    }

    File.Move(partialPath, options.OutputPath, overwrite: true);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    if (File.Exists(partialPath))
    {
        File.Delete(partialPath);
    }

    Console.Error.WriteLine($"error: cannot write '{options.OutputPath}': {e.Message}");
    return 1;
}

stopwatch.Stop();
var bytes = new FileInfo(options.OutputPath).Length;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Wrote {options.OutputPath}: {options.ItemCount} items, seed {options.Seed}, {bytes} bytes ({bytes / 1048576.0:F1} MiB) in {stopwatch.Elapsed.TotalSeconds:F2} s"));
return 0;
