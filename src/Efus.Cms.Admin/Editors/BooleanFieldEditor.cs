using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>BooleanField: a checkbox, <c>{"Value": true}</c>.</summary>
public sealed class BooleanFieldEditor : IFieldEditor
{
    public static BooleanFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Boolean";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        value["Value"] = form[name].Contains("true");
        return [];
    }
}
