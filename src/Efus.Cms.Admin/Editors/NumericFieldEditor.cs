using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>NumericField: a number input bounded by the field's settings, <c>{"Value": 2024}</c> (empty is null).</summary>
public sealed class NumericFieldEditor : IFieldEditor
{
    public static NumericFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Numeric";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        var text = FormValues.Text(form, name).Trim();
        if (text.Length == 0)
        {
            value["Value"] = null;
            return [];
        }

        // Browsers post number inputs with a dot; a French comma typed in a text fallback is accepted too.
        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return [new("« {0} » n’est pas un nombre.", text)];
        }

        value["Value"] = number;
        return [];
    }

    public static int? Scale(FieldContext field) => (int?)field.Field.Setting("NumericFieldSettings", "Scale").AsDecimal();

    public static string Step(FieldContext field) => Scale(field) is { } scale and > 0
        ? (1m / (decimal)Math.Pow(10, scale)).ToString(CultureInfo.InvariantCulture)
        : Scale(field) == 0 ? "1" : "any";

    public static string? Bound(FieldContext field, string key) =>
        field.Field.Setting("NumericFieldSettings", key).AsDecimal()?.ToString(CultureInfo.InvariantCulture);

    public static string Display(FieldContext field) =>
        (field.Value as JsonObject)?["Value"].AsDecimal()?.ToString(CultureInfo.InvariantCulture) ?? "";
}
