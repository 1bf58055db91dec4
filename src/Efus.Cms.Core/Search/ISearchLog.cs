namespace Efus.Cms.Core.Search;

/// <summary>Records a public search (its query text and how many results it found), cheaply: never a database write on the request.</summary>
public interface ISearchLog
{
    void Record(string? query, int resultCount);
}
