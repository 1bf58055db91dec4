using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Media;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>
/// MediaField: files picked from the media library (checkboxes, or radios when single), with an
/// upload in place (admin.js); Orchard's <c>{"Paths": […], "MediaTexts": […]}</c>, each path keeping
/// its text.
/// </summary>
public sealed class MediaFieldEditor : IFieldEditor
{
    public static MediaFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Media";

    public ChoiceSource Choices => ChoiceSource.MediaFiles;

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        var posted = FormValues.Many(form, name);
        if (posted.FirstOrDefault(p => MediaPaths.Normalize(p) is null) is { } invalid)
        {
            return [new("« {0} » n’est pas un chemin de la médiathèque.", invalid)];
        }

        if (!Multiple(field) && posted.Count > 1)
        {
            return [new("Un seul fichier est permis.")];
        }

        // Files already chosen keep their place (the first is the main one), new ones follow.
        var before = Selected(field);
        var paths = before.Where(posted.Contains).Concat(posted.Where(p => !before.Contains(p))).ToList();
        var texts = Texts(field);
        value["Paths"] = new JsonArray([.. paths.Select(p => (JsonNode)p)]);
        value["MediaTexts"] = new JsonArray([.. paths.Select(p => (JsonNode)texts.GetValueOrDefault(p, ""))]);
        return [];
    }

    public static bool Multiple(FieldContext field) => field.Field.Setting("MediaFieldSettings", "Multiple").AsBool() ?? true;

    public static IReadOnlyList<string> Selected(FieldContext field) => (field.Value as JsonObject)?["Paths"].AsStrings() ?? [];

    private static Dictionary<string, string> Texts(FieldContext field)
    {
        var paths = Selected(field);
        var texts = (field.Value as JsonObject)?["MediaTexts"].AsStrings() ?? [];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            map.TryAdd(paths[i], i < texts.Count ? texts[i] : "");
        }

        return map;
    }
}
