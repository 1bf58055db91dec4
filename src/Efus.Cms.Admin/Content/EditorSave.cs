namespace Efus.Cms.Admin.Content;

/// <summary>What a save button of the content editor asks for.</summary>
public enum EditorSave
{
    /// <summary>Keep as a draft (a schedule already set stays).</summary>
    Draft,

    /// <summary>Publish now (any schedule is dropped).</summary>
    Publish,

    /// <summary>Keep as a draft, to be published at the date and time given in the form.</summary>
    Schedule,
}
