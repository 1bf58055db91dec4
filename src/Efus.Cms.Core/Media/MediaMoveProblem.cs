namespace Efus.Cms.Core.Media;

/// <summary>Why a file could not be renamed or moved.</summary>
public enum MediaMoveProblem
{
    InvalidName,
    InvalidFolder,
    Taken,
    Missing,
}
