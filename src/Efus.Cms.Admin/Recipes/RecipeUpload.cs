namespace Efus.Cms.Admin.Recipes;

/// <summary>
/// An uploaded recipe, kept in a temporary file between its dry run and the confirmed import. It is in use
/// from the upload until its dry run ends; then it waits for the import, which claims it once and deletes it
/// when done. A failed dry run deletes it, and <see cref="RecipeUploads"/> deletes one left waiting too long.
/// </summary>
public sealed class RecipeUpload(string fileName, string path, bool skipUnsupported)
{
    private const int InUse = 0;
    private const int Waiting = 1;
    private const int Deleted = 2;

    private int _state = InUse;
    private long _waitingSinceTicks;

    /// <summary>The name the editor gave the file (shown in reports and the audit trail).</summary>
    public string FileName { get; } = fileName;

    /// <summary>The temporary file.</summary>
    public string Path { get; } = path;

    public bool SkipUnsupported { get; } = skipUnsupported;

    public bool IsDeleted => Volatile.Read(ref _state) == Deleted;

    /// <summary>The dry run succeeded: the file waits for the import.</summary>
    public void Wait(DateTime nowUtc)
    {
        Volatile.Write(ref _waitingSinceTicks, nowUtc.Ticks);
        Interlocked.CompareExchange(ref _state, Waiting, InUse);
    }

    /// <summary>Takes the waiting file for the import; false when it was imported or deleted already.</summary>
    public bool TryClaim() => Interlocked.CompareExchange(ref _state, InUse, Waiting) == Waiting;

    /// <summary>Deletes the file when it has waited since before <paramref name="cutoffUtc"/> (never one in use).</summary>
    public bool TryExpire(DateTime cutoffUtc)
    {
        if (Volatile.Read(ref _waitingSinceTicks) >= cutoffUtc.Ticks || Interlocked.CompareExchange(ref _state, Deleted, Waiting) != Waiting)
        {
            return false;
        }

        DeleteFile();
        return true;
    }

    public void Delete()
    {
        Volatile.Write(ref _state, Deleted);
        DeleteFile();
    }

    private void DeleteFile()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Another sweep removed it, or the disk went away: nothing of it is read any more.
        }
    }
}
