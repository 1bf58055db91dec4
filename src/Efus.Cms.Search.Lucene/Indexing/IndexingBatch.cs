namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>What one batch did: tasks read (new ones and late ones that filled holes) and documents written.</summary>
public readonly record struct IndexingBatch(int Tasks, int Documents);
