namespace Efus.Cms.Recipes;

/// <summary>
/// Files a recipe references (<c>[file:text('…')]</c>, media <c>SourcePath</c>): relative to the
/// recipe's folder and never outside its content root (by default that same folder), so a recipe
/// cannot read arbitrary files of the server.
/// </summary>
internal sealed class RecipeFiles(string? basePath, string? contentRoot, long maxFileSize)
{
    private readonly string? _basePath = basePath ?? contentRoot;
    private readonly string? _root = contentRoot ?? basePath;

    public Task<byte[]> ReadAsync(string relativePath, string jsonPath, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(Check(relativePath, jsonPath), cancellationToken);

    public byte[] Read(string relativePath, string jsonPath) => File.ReadAllBytes(Check(relativePath, jsonPath));

    private string Check(string relativePath, string jsonPath)
    {
        var file = new FileInfo(Resolve(relativePath, jsonPath));
        if (!file.Exists)
        {
            throw new RecipeStepException(jsonPath, $"the file '{relativePath}' does not exist next to the recipe");
        }

        if (file.Length > maxFileSize)
        {
            throw new RecipeStepException(jsonPath,
                $"the file '{relativePath}' is {RecipeReader.FormatSize(file.Length)}, over the {RecipeReader.FormatSize(maxFileSize)} limit (RecipeOptions.MaxFileSize)");
        }

        return file.FullName;
    }

    private string Resolve(string relativePath, string jsonPath)
    {
        if (_basePath is null || _root is null)
        {
            throw new RecipeStepException(jsonPath,
                $"cannot read '{relativePath}': this recipe was not read from a folder, so it cannot reference files");
        }

        var normalized = relativePath.Replace('\\', '/');
        if (string.IsNullOrWhiteSpace(normalized) || Path.IsPathRooted(normalized))
        {
            throw new RecipeStepException(jsonPath, $"'{relativePath}' must be a path relative to the recipe");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(_root));
        var full = Path.GetFullPath(Path.Combine(_basePath, normalized));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new RecipeStepException(jsonPath, $"'{relativePath}' points outside the recipe's folder; recipes may only read files inside it");
        }

        return full;
    }
}
