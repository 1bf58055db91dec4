using System.Text.Json;

namespace Efus.Cms.Recipes.Reading;

/// <summary>
/// What the first read of a recipe learnt: where its JSON starts (after a byte order mark), the kind of
/// its root value, where its <c>steps</c> array is (null when it has none) and where each step is.
/// </summary>
internal sealed record RecipeLayout(long ContentStart, JsonTokenType RootToken, long? StepsStart, long StepsEnd, IReadOnlyList<StepLayout> Steps);
