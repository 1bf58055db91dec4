using System.Text.Json;

namespace Efus.Cms.Recipes.Reading;

/// <summary>Where one entry of <c>steps</c> is in the file: [<see cref="Start"/>, <see cref="End"/>), its first token, and its deferred array.</summary>
internal sealed record StepLayout(long Start, long End, JsonTokenType Token, DeferredArray? Data);
