namespace Efus.Cms.Core.Media;

/// <summary>Why an upload was refused; the admin words each in French.</summary>
public enum MediaRejection
{
    Empty,
    TooLarge,
    InvalidName,
    UnknownContent,
    ExtensionMismatch,
    UnsafeSvg,
    InvalidFolder,
}
