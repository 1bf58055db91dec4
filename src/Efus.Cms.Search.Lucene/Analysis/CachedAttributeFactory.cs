using System.Linq.Expressions;
using Lucene.Net.Util;
using Attribute = Lucene.Net.Util.Attribute;

namespace Efus.Cms.Search.Lucene.Analysis;

/// <summary>
/// Creates token attributes like Lucene.Net's default factory, without its lock: the default factory looks
/// the implementation class up in a table behind one process-wide lock on every attribute of every new token
/// stream, and the indexing threads queued on it (a fifth of indexing CPU time went to that lock and its
/// spinning). Here each attribute interface resolves its constructor once, in a static generic class.
/// </summary>
internal sealed class CachedAttributeFactory : AttributeSource.AttributeFactory
{
    public static CachedAttributeFactory Instance { get; } = new();

    private CachedAttributeFactory()
    {
    }

    public override Attribute CreateAttributeInstance<T>() => Constructor<T>.Create();

    private static class Constructor<T>
        where T : IAttribute
    {
        public static readonly Func<Attribute> Create = Compile();

        private static Func<Attribute> Compile()
        {
            var type = DEFAULT_ATTRIBUTE_FACTORY.CreateAttributeInstance<T>().GetType();
            return Expression.Lambda<Func<Attribute>>(Expression.New(type)).Compile();
        }
    }
}
