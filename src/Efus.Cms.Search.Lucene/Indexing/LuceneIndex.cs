using Efus.Cms.Core.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>
/// One index open for writing and searching in this process: its only <see cref="IndexWriter"/>, a
/// near-real-time <see cref="SearcherManager"/>, its analyzer and where it stands in the task log.
/// Writes are made by the indexing service, one pass at a time; searches borrow a searcher.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly SearcherManager _searchers;
    private int _leases;
    private bool _disposed;

    private LuceneIndex(LuceneIndexSettings settings, string path, Analyzer analyzer, FSDirectory directory, IndexWriter writer, IndexingCursor cursor)
    {
        Settings = settings;
        Path = path;
        Analyzer = analyzer;
        _directory = directory;
        Writer = writer;
        Cursor = cursor;
        CommittedPosition = cursor.Position;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public LuceneIndexSettings Settings { get; internal set; }

    public string Path { get; }

    public Analyzer Analyzer { get; }

    public IndexWriter Writer { get; }

    public IndexingCursor Cursor { get; internal set; }

    /// <summary>The cursor position of the last commit: what survives a crash.</summary>
    public long CommittedPosition { get; private set; }

    public bool HasUncommittedChanges => Writer.HasUncommittedChanges() || CommittedPosition != Cursor.Position;

    /// <summary>
    /// Opens (creating when missing) the index in <paramref name="path"/>; null when another process
    /// holds its write lock (a command-line verb next to a running site).
    /// </summary>
    /// <param name="settings">The index's definition.</param>
    /// <param name="path">Its folder.</param>
    /// <param name="analyzer">Its analyzer (disposed with the index).</param>
    /// <param name="cursor">Where it stands in the task log.</param>
    /// <param name="rebuild">
    /// Whether the index is being rebuilt from scratch: a RAM buffer of 256 MB (fewer, bigger segments
    /// to merge) and no compound files, whose building copies every new segment once more; the live
    /// index takes small batches with 64 MB and compound files (fewer open files).
    /// </param>
    public static LuceneIndex? TryOpen(LuceneIndexSettings settings, string path, Analyzer analyzer, IndexingCursor cursor, bool rebuild = false)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(new DirectoryInfo(path));
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = rebuild ? 256 : 64,

                // Held by another process: give up at once (that process indexes), do not wait a second per batch.
                WriteLockTimeout = 0,
            };
            if (rebuild)
            {
                config.UseCompoundFile = false;
                config.MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 };
            }

            var writer = new IndexWriter(directory, config);
            if (!DirectoryReader.IndexExists(directory))
            {
                // A first commit, so that readers (and the near-real-time searcher) find an index.
                writer.Commit();
            }

            return new LuceneIndex(settings, path, analyzer, directory, writer, cursor);
        }
        catch (LockObtainFailedException)
        {
            directory.Dispose();
            analyzer.Dispose();
            return null;
        }
    }

    /// <summary>Whether some writer (in this process or another) holds the index in <paramref name="path"/>.</summary>
    public static bool IsLocked(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        return IndexWriter.IsLocked(directory);
    }

    public SearchLease Acquire()
    {
        Interlocked.Increment(ref _leases);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return new SearchLease(this, _searchers.Acquire());
        }
        catch
        {
            Interlocked.Decrement(ref _leases);
            throw;
        }
    }

    internal void Release(IndexSearcher searcher)
    {
        _searchers.Release(searcher);
        Interlocked.Decrement(ref _leases);
    }

    /// <summary>Makes what was written visible to new searches.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>Makes what was written durable; the caller then records <see cref="CommittedPosition"/>.</summary>
    public void Commit()
    {
        Writer.Commit();
        CommittedPosition = Cursor.Position;
    }

    public int DocumentCount()
    {
        using var lease = Acquire();
        return lease.Searcher.IndexReader.NumDocs;
    }

    /// <summary>Commits, waits (a few seconds at most) for borrowed searchers to come back, and closes everything.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var deadline = Environment.TickCount64 + 10_000;
        while (Volatile.Read(ref _leases) > 0 && Environment.TickCount64 < deadline)
        {
            Thread.Sleep(5);
        }

        _searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }
}
