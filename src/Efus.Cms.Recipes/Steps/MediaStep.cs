using System.Text.Json.Nodes;
using Efus.Cms.Core.Media;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>media</c> step: <c>Files</c> is an array of <c>{TargetPath | Path, Base64 | SourcePath | SourceUrl}</c>.
/// <c>Base64</c> wins; <c>SourcePath</c> is relative to the recipe and may not leave its folder;
/// <c>SourceUrl</c> is refused (an import never goes to the network). Files go to the media store, in the
/// recipe's transaction.
/// </summary>
public sealed class MediaStep(IMediaStore media) : IRecipeStep
{
    public string Name => "media";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var files = context.Array("Files", out var filesPath)
            ?? throw new RecipeStepException(filesPath, "a media step needs a 'Files' array");
        for (var i = 0; i < files.Count; i++)
        {
            var path = JsonPaths.Index(filesPath, i);
            if (files[i] is not JsonObject file)
            {
                throw new RecipeStepException(path, "a media file must be an object with 'TargetPath' and 'Base64' or 'SourcePath'");
            }

            var target = MediaPath(file, path);
            var content = await ContentAsync(context, file, path);
            RefuseUnsafeSvg(target, content, path);
            await media.SaveAsync(target, content, context.CancellationToken);
        }
    }

    // The library serves SVG as images: one carrying script or external references would run on the site's origin
    // when opened, so a recipe is held to the same rule as an upload.
    private static void RefuseUnsafeSvg(string target, byte[] content, string path)
    {
        var isSvg = MediaKinds.FromExtension(target) == MediaKind.Svg || MediaSniffer.Detect(content) == MediaKind.Svg;
        if (isSvg && SvgSafety.FindHazard(content) is { } hazard)
        {
            throw new RecipeStepException(JsonPaths.Property(path, "TargetPath"), $"'{target}' is an SVG that is not safe to serve: {hazard}");
        }
    }

    private static string MediaPath(JsonObject file, string path)
    {
        var target = RecipeStepContext.StringOf(file, "TargetPath", path) ?? RecipeStepContext.StringOf(file, "Path", path);
        var targetPath = JsonPaths.Property(path, "TargetPath");
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new RecipeStepException(targetPath, "a media file needs a 'TargetPath' (or 'Path')");
        }

        var normalized = target.Replace('\\', '/').Trim('/');
        if (normalized.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new RecipeStepException(targetPath, $"'{target}' is not a valid media path (relative, no empty, '.' or '..' segments)");
        }

        return normalized;
    }

    private static async Task<byte[]> ContentAsync(RecipeStepContext context, JsonObject file, string path)
    {
        if (RecipeStepContext.StringOf(file, "Base64", path) is { } base64)
        {
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw new RecipeStepException(JsonPaths.Property(path, "Base64"), "'Base64' is not valid base64");
            }
        }

        if (RecipeStepContext.StringOf(file, "SourcePath", path) is { } sourcePath)
        {
            return await context.ReadFileAsync(sourcePath, JsonPaths.Property(path, "SourcePath"));
        }

        if (RecipeStepContext.StringOf(file, "SourceUrl", path) is { } url)
        {
            throw new RecipeStepException(JsonPaths.Property(path, "SourceUrl"),
                $"downloading '{url}' is not supported: an import never goes to the network; embed the file as 'Base64' or ship it next to the recipe as 'SourcePath'");
        }

        throw new RecipeStepException(path, "a media file needs 'Base64' or 'SourcePath'");
    }
}
