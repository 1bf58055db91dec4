using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Validation;

/// <summary>Checks a field's JSON shape against its kind and its settings (required, bounds, link format).</summary>
public sealed class FieldValidator : IFieldVisitor<IEnumerable<ValidationError>>
{
    public static FieldValidator Instance { get; } = new();

    public IEnumerable<ValidationError> VisitText(FieldContext field) => StringProperty(field, "Text", "TextFieldSettings");

    public IEnumerable<ValidationError> VisitHtml(FieldContext field) => StringProperty(field, "Html", "HtmlFieldSettings");

    public IEnumerable<ValidationError> VisitMarkdown(FieldContext field) => StringProperty(field, "Markdown", "MarkdownFieldSettings");

    public IEnumerable<ValidationError> VisitNumeric(FieldContext field)
    {
        if (!TryObject(field, out var value, out var error))
        {
            return error;
        }

        var node = value?["Value"];
        if (node is null)
        {
            return Required(field, "NumericFieldSettings");
        }

        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return [new(field.Path, $"'Value' must be a number, found {node.GetValueKind()}")];
        }

        if (node.AsDecimal() is not { } number)
        {
            return [new(field.Path, "'Value' is not a number that fits a decimal")];
        }

        var min = field.Field.Setting("NumericFieldSettings", "Minimum").AsDecimal();
        var max = field.Field.Setting("NumericFieldSettings", "Maximum").AsDecimal();
        if (min is not null && number < min)
        {
            return [new(field.Path, $"{number.ToString(CultureInfo.InvariantCulture)} is below the minimum {min.Value.ToString(CultureInfo.InvariantCulture)}")];
        }

        if (max is not null && number > max)
        {
            return [new(field.Path, $"{number.ToString(CultureInfo.InvariantCulture)} is above the maximum {max.Value.ToString(CultureInfo.InvariantCulture)}")];
        }

        return [];
    }

    public IEnumerable<ValidationError> VisitBoolean(FieldContext field) => TypedValue(field, JsonValueKind.True, "true or false");

    public IEnumerable<ValidationError> VisitDate(FieldContext field) => DateValue(field, "DateFieldSettings");

    public IEnumerable<ValidationError> VisitDateTime(FieldContext field) => DateValue(field, "DateTimeFieldSettings");

    public IEnumerable<ValidationError> VisitLink(FieldContext field)
    {
        if (!TryObject(field, out var value, out var error))
        {
            return error;
        }

        var url = StringOf(value, "Url", field, out var urlError);
        if (urlError is not null)
        {
            return [urlError];
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            return Required(field, "LinkFieldSettings");
        }

        var isRelative = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
        var isAbsolute = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
        return isRelative || isAbsolute
            ? []
            : [new(field.Path, $"'{url}' is not a valid link (expected http(s)://, mailto: or a path starting with /)")];
    }

    public IEnumerable<ValidationError> VisitContentPicker(FieldContext field) => StringArray(field, "ContentItemIds", "ContentPickerFieldSettings");

    public IEnumerable<ValidationError> VisitMedia(FieldContext field)
    {
        var errors = StringArray(field, "Paths", "MediaFieldSettings").ToList();
        if (errors.Count == 0 && field.Value is JsonObject o && o["Paths"] is JsonArray paths)
        {
            foreach (var path in paths.Select(p => p?.ToString() ?? ""))
            {
                if (path.Contains("..", StringComparison.Ordinal) || path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal))
                {
                    errors.Add(new(field.Path, $"media path '{path}' must be relative to the media library, without '..' or '\\'"));
                }
            }
        }

        return errors;
    }

    public IEnumerable<ValidationError> VisitTaxonomy(FieldContext field) => StringArray(field, "TermContentItemIds", "TaxonomyFieldSettings");

    public IEnumerable<ValidationError> VisitMultiText(FieldContext field) => StringArray(field, "Values", "MultiTextFieldSettings");

    public IEnumerable<ValidationError> VisitOther(FieldContext field) =>
        field.Value is null or JsonObject ? [] : [new(field.Path, $"expected an object, found {field.Value.GetValueKind()}")];

    private static IEnumerable<ValidationError> StringProperty(FieldContext field, string property, string settingsGroup)
    {
        if (!TryObject(field, out var value, out var error))
        {
            return error;
        }

        var text = StringOf(value, property, field, out var shapeError);
        if (shapeError is not null)
        {
            return [shapeError];
        }

        return string.IsNullOrWhiteSpace(text) ? Required(field, settingsGroup) : [];
    }

    private static IEnumerable<ValidationError> TypedValue(FieldContext field, JsonValueKind kind, string expected)
    {
        if (!TryObject(field, out var value, out var error))
        {
            return error;
        }

        var node = value?["Value"];
        var actual = node?.GetValueKind();
        var matches = node is null || actual == kind || (kind == JsonValueKind.True && actual == JsonValueKind.False);
        return matches ? [] : [new(field.Path, $"'Value' must be {expected}, found {actual}")];
    }

    private static IEnumerable<ValidationError> DateValue(FieldContext field, string settingsGroup)
    {
        if (!TryObject(field, out var value, out var error))
        {
            return error;
        }

        var text = StringOf(value, "Value", field, out var shapeError);
        if (shapeError is not null)
        {
            return [shapeError];
        }

        if (string.IsNullOrEmpty(text))
        {
            return Required(field, settingsGroup);
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)
            ? []
            : [new(field.Path, $"'{text}' is not a date (expected ISO 8601, e.g. 2024-04-07)")];
    }

    private static IEnumerable<ValidationError> StringArray(FieldContext field, string property, string settingsGroup)
    {
        if (!TryObject(field, out var value, out var error))
        {
            return error;
        }

        var node = value?[property];
        if (node is null)
        {
            return Required(field, settingsGroup);
        }

        if (node is not JsonArray array || array.Any(x => x is not JsonValue v || !v.TryGetValue<string>(out _)))
        {
            return [new(field.Path, $"'{property}' must be an array of strings")];
        }

        return array.Count == 0 ? Required(field, settingsGroup) : [];
    }

    private static bool TryObject(FieldContext field, out JsonObject? value, out IEnumerable<ValidationError> error)
    {
        value = field.Value as JsonObject;
        error = [];
        if (field.Value is null or JsonObject)
        {
            return true;
        }

        error = [new(field.Path, $"expected an object such as {{\"{ExampleProperty(field.Field.FieldName)}\": …}}, found {field.Value.GetValueKind()}")];
        return false;
    }

    private static string? StringOf(JsonObject? value, string property, FieldContext field, out ValidationError? error)
    {
        error = null;
        var node = value?[property];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            return s;
        }

        error = new(field.Path, $"'{property}' must be a string, found {node.GetValueKind()}");
        return null;
    }

    private static IEnumerable<ValidationError> Required(FieldContext field, string settingsGroup) =>
        field.Field.Setting(settingsGroup, "Required").AsBool() == true
            ? [new(field.Path, $"{field.Field.DisplayName} is required")]
            : [];

    private static string ExampleProperty(string fieldName) => fieldName switch
    {
        FieldKinds.Text => "Text",
        FieldKinds.Html => "Html",
        FieldKinds.Markdown => "Markdown",
        FieldKinds.Link => "Url",
        FieldKinds.ContentPicker => "ContentItemIds",
        FieldKinds.Media => "Paths",
        FieldKinds.Taxonomy => "TermContentItemIds",
        FieldKinds.MultiText => "Values",
        _ => "Value",
    };
}
