using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>DateField (<c>2024-04-07</c>) and DateTimeField (<c>2024-04-07T09:30:00Z</c>): the browser's date inputs.</summary>
public sealed class DateFieldEditor : IFieldEditor
{
    private readonly bool _withTime;

    private DateFieldEditor(bool withTime) => _withTime = withTime;

    public static DateFieldEditor Date { get; } = new(withTime: false);

    public static DateFieldEditor DateTime { get; } = new(withTime: true);

    public string Partial => _withTime ? "Editors/_DateTime" : "Editors/_Date";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        var text = FormValues.Text(form, name).Trim();
        if (text.Length == 0)
        {
            value["Value"] = null;
            return [];
        }

        if (!System.DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return [new("« {0} » n’est pas une date.", text)];
        }

        value["Value"] = _withTime
            ? parsed.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [];
    }

    /// <summary>The stored value as the input expects it (<c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm</c>).</summary>
    public string Display(FieldContext field)
    {
        var text = FieldKinds.TextOf(field.Value, "Value");
        if (string.IsNullOrEmpty(text) || !System.DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return text ?? "";
        }

        return parsed.ToString(_withTime ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
