using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// An <see cref="Int64Field"/> or <see cref="DoubleField"/> (same type, same terms: trie-encoded with the default
/// precision step) whose <see cref="NumericTokenStream"/> is one per thread and kind, reused, with attributes
/// from <see cref="CachedAttributeFactory"/>: Lucene.Net's fields build a new stream for every number of every
/// document, and each new stream took the default attribute factory's process-wide lock for every attribute
/// (3.6% of indexing CPU time at 100k items, the two indexing threads queueing on it). The index writer consumes
/// a field's stream completely before it asks the next field for its own, on the same thread.
/// </summary>
internal sealed class NumberField : Field
{
    [ThreadStatic]
    private static NumericTokenStream? _int64Stream;

    [ThreadStatic]
    private static NumericTokenStream? _doubleStream;

    private NumberField(string name, FieldType type, object value)
        : base(name, type)
    {
        FieldsData = value;
    }

    public static NumberField Int64(string name, long value, Store store) =>
        new(name, store == Store.YES ? Int64Field.TYPE_STORED : Int64Field.TYPE_NOT_STORED, J2N.Numerics.Int64.GetInstance(value));

    public static NumberField Double(string name, double value, Store store) =>
        new(name, store == Store.YES ? DoubleField.TYPE_STORED : DoubleField.TYPE_NOT_STORED, J2N.Numerics.Double.GetInstance(value));

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var precisionStep = FieldType.NumericPrecisionStep;
        if (FieldsData is J2N.Numerics.Int64 int64)
        {
            var stream = _int64Stream ??= new NumericTokenStream(CachedAttributeFactory.Instance, precisionStep);
            return stream.SetInt64Value(int64.ToInt64());
        }

        var number = (J2N.Numerics.Double)FieldsData;
        var doubles = _doubleStream ??= new NumericTokenStream(CachedAttributeFactory.Instance, precisionStep);
        return doubles.SetDoubleValue(number.ToDouble());
    }
}
