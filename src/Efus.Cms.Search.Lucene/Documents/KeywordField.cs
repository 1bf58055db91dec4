using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// A <see cref="StringField"/> (one untokenized term, no norms) whose single-token stream is one per thread,
/// reused: a <see cref="StringField"/> builds a new stream for every field of every document, and each new
/// stream took Lucene.Net's attribute-factory lock three times. The index writer consumes a field's stream
/// completely before it asks the next field for its own, on the same thread.
/// </summary>
internal sealed class KeywordField(string name, string value, bool stored)
    : Field(name, value, stored ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static SingleTokenStream? _stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = _stream ??= new SingleTokenStream();
        stream.SetValue(GetStringValue());
        return stream;
    }

    private sealed class SingleTokenStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _value = "";
        private bool _used = true;

        public SingleTokenStream()
            : base(CachedAttributeFactory.Instance)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void SetValue(string value) => _value = value;

        public override bool IncrementToken()
        {
            if (_used)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(_value);
            _offset.SetOffset(0, _value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_value.Length, _value.Length);
        }

        public override void Reset()
        {
            base.Reset();
            _used = false;
        }

        // The index writer disposes each field's stream; this one is kept for the thread's next field.
        protected override void Dispose(bool disposing)
        {
            _value = "";
            base.Dispose(disposing);
        }
    }
}
