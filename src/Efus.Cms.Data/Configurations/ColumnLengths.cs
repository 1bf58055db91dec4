namespace Efus.Cms.Data.Configurations;

/// <summary>
/// Column limits, wide enough for Orchard data (ids are 26 characters, imported ones may differ).
/// Long free text (display text, JSON) stays unbounded.
/// </summary>
internal static class ColumnLengths
{
    public const int Id = 64;
    public const int Name = 255;
    public const int Culture = 32;
    public const int Path = 1024;
}
