using Efus.Cms.Admin.Editors;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Admin.Types;

/// <summary>The definitions after a change, or why the change is refused (keyed by the input to show it next to).</summary>
public sealed record DefinitionChange(ContentDefinitions? Definitions, string? Input = null, EditorMessage? Error = null)
{
    public static DefinitionChange Refused(string input, EditorMessage error) => new(null, input, error);
}
