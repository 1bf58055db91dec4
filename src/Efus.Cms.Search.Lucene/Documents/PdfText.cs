using System.Text;
using UglyToad.PdfPig;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>The words of a PDF, page after page, read with PdfPig.</summary>
public static class PdfText
{
    /// <summary>The text of the PDF, cut at <paramref name="maxLength"/> characters.</summary>
    /// <exception cref="InvalidOperationException">The bytes are not a readable PDF.</exception>
    public static string Extract(byte[] pdf, int maxLength)
    {
        var text = new StringBuilder();
        try
        {
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                foreach (var word in page.GetWords())
                {
                    if (text.Length > 0)
                    {
                        text.Append(' ');
                    }

                    text.Append(word.Text);
                    if (text.Length >= maxLength)
                    {
                        return text.ToString(0, maxLength);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not InvalidOperationException)
        {
            // PdfPig throws many kinds of exceptions on damaged files; one kind is enough for callers.
            throw new InvalidOperationException($"Not a readable PDF: {exception.Message}", exception);
        }

        return text.ToString();
    }
}
