using System.Globalization;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Admin.Infrastructure;

namespace Efus.Cms.Admin.Localization;

/// <summary>
/// The admin's words: written in French in the pages (the source language, as Orchard's <c>S["…"]</c>),
/// looked up in <see cref="EnglishCatalog"/> when the editor chose English.
/// </summary>
public sealed class AdminText
{
    public string this[string french] =>
        AdminCultures.IsEnglish && EnglishCatalog.Entries.TryGetValue(french, out var english) ? english : french;

    public string this[string french, params object?[] args] => string.Format(CultureInfo.CurrentCulture, this[french], args);

    public string Message(EditorMessage message) => this[message.Text, [.. message.Args]];
}
