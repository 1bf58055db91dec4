using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>A kind Efus.Cms does not model (TimeField…): shown as kept, never rewritten.</summary>
public sealed class UnsupportedFieldEditor : IFieldEditor
{
    public static UnsupportedFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Unsupported";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value) => [];
}
