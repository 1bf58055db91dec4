using Efus.Cms.Core.Storage;
using Efus.Cms.Search.Lucene.Indexing;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>Reads the text of attached PDFs from the media store; a missing, oversized or unreadable file is skipped with a warning.</summary>
public sealed class AttachmentTextReader(IMediaStore media, LuceneSearchOptions options, ILogger<AttachmentTextReader> logger)
{
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (!ContentDocumentBuilder.IsPdf(path))
            {
                continue;
            }

            var file = await media.GetAsync(path.TrimStart('/'), cancellationToken) ?? await media.GetAsync(path, cancellationToken);
            if (file is null)
            {
                logger.LogWarning("Attachment {Path} is not in the media store; its text is not indexed.", path);
                continue;
            }

            if (file.Content.LongLength > options.MaxAttachmentBytes)
            {
                logger.LogWarning("Attachment {Path} is {Bytes} bytes, over the {Max} bytes read for search; its text is not indexed.", path, file.Content.LongLength, options.MaxAttachmentBytes);
                continue;
            }

            try
            {
                texts[path] = PdfText.Extract(file.Content, options.MaxAttachmentTextLength);
            }
            catch (InvalidOperationException exception)
            {
                logger.LogWarning("Attachment {Path}: {Problem}; its text is not indexed.", path, exception.Message);
            }
        }

        return texts;
    }
}
