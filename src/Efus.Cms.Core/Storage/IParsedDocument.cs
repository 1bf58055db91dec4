using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Storage;

/// <summary>
/// What a node keeps of one named document of the store (<see cref="DocumentCache{T}"/>): an immutable value,
/// shared by concurrent requests, and the one way to read it from the document's JSON.
/// </summary>
public interface IParsedDocument<TSelf>
    where TSelf : class, IParsedDocument<TSelf>
{
    /// <summary>The document's name in the store (<see cref="DocumentNames"/>).</summary>
    static abstract string DocumentName { get; }

    /// <summary>The value of <paramref name="document"/>; null when the store has no such document.</summary>
    static abstract TSelf Parse(JsonObject? document);
}
