namespace Efus.Cms.Recipes.Reading;

/// <summary>
/// A step's array left in the file by the reader (a content step's <c>Data</c>): its bytes
/// [<see cref="Start"/>, <see cref="End"/>), its element count and the distinct <c>ContentType</c>
/// strings of its object elements, so that the step can be run without holding the array.
/// </summary>
internal sealed record DeferredArray(string PropertyName, long Start, long End, int Count, IReadOnlyList<string> ContentTypes);
