namespace Efus.Cms.Admin;

/// <summary>Where the admin keeps files between requests; the host points it into its data folder.</summary>
public sealed class AdminOptions
{
    /// <summary>
    /// Uploaded recipes wait here between their dry run and the confirmed import (one temporary file each).
    /// Without a host's setting, a folder under the system's temporary folder.
    /// </summary>
    public string UploadsFolder { get; set; } = Path.Combine(Path.GetTempPath(), "efus-uploads");
}
