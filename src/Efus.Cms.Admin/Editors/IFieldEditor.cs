using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>
/// The editor of one field kind: the partial view that renders it and how the posted form becomes
/// the field's JSON. <see cref="FieldEditors"/> picks one per kind.
/// </summary>
public interface IFieldEditor
{
    /// <summary>The partial under Pages/Shared/Editors, e.g. <c>Editors/_Text</c>.</summary>
    string Partial { get; }

    /// <summary>Whether the form needs choices (items of a picker, terms of a taxonomy).</summary>
    ChoiceSource Choices => ChoiceSource.None;

    /// <summary>
    /// Writes the posted value (inputs named <paramref name="name"/> or starting with it) into the
    /// field object <paramref name="value"/>, keeping its other properties; returns the problems of
    /// the input itself (a number that is not one), in the editor's language.
    /// </summary>
    IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value);
}
