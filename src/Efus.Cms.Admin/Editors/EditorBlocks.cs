using Efus.Cms.Core.Fields;

namespace Efus.Cms.Admin.Editors;

/// <summary>One block of an item's form, rendered by the partial it names.</summary>
public abstract record EditorBlock(string Partial, string Id);

/// <summary>TitlePart.Title.</summary>
public sealed record TitleBlock(string Name, string Id, string Value, IReadOnlyList<string> Errors) : EditorBlock("Editors/_Title", Id);

/// <summary>AutoroutePart.Path, generated from the title when left empty.</summary>
public sealed record PathBlock(string Name, string Id, string Value, string Generated, IReadOnlyList<string> Errors) : EditorBlock("Editors/_Path", Id);

/// <summary>LocalizationPart: the culture (the localization set is kept as a hidden value).</summary>
public sealed record CultureBlock(string Name, string Id, string Value, IReadOnlyList<string> Cultures) : EditorBlock("Editors/_Culture", Id);

/// <summary>HtmlBodyPart.Html: the same rich-text editor as an HtmlField.</summary>
public sealed record BodyBlock(string Name, string Id, string Value, IReadOnlyList<string> Errors) : EditorBlock("Editors/_Body", Id);

/// <summary>A field, edited by the editor of its kind.</summary>
public sealed record FieldBlock(FieldContext Field, IFieldEditor Editor, string Name, string Id, IReadOnlyList<Choice> Choices, IReadOnlyList<string> Errors)
    : EditorBlock(Editor.Partial, Id)
{
    public string Label => Field.Field.DisplayName;

    // Orchard keeps the hint in the kind's settings (TextFieldSettings.Hint); older definitions here had it in ContentPartFieldSettings.
    public string? Hint => (Field.Field.Setting(Field.Field.FieldName + "Settings", "Hint") ?? Field.Field.Setting("ContentPartFieldSettings", "Hint"))?.ToString();
}

/// <summary>A BagPart (the sessions of a conference report): its items, each with its own blocks, to add, move and remove.</summary>
public sealed record BagBlock(string Name, string Id, string Label, string ContainedType, string ContainedTypeLabel, IReadOnlyList<BagEntry> Entries, IReadOnlyList<string> Errors)
    : EditorBlock("Editors/_Bag", Id);

public sealed record BagEntry(int Index, string Prefix, string ContentItemId, string ContentType, string Title, IReadOnlyList<EditorBlock> Blocks);
