using Parley.Extraction.Events;
using Parley.Extraction.Text;
using Parley.Model;
using Parley.Pipeline;

namespace Parley.Extraction.Tests.Matching;

/// <summary>
/// FindAny over a list searched in many documents (a lasting list, read once and then remembered by its identity),
/// on prose written for these tests.
/// </summary>
public sealed class CueListSearchTests
{
    private static SentenceContext Sentence(string text, string id)
    {
        var analysis = new DocumentAnalysis(new Document { Id = id, Text = text });
        new SentenceStage().Run(analysis);
        return Assert.Single(SentenceContext.All(analysis));
    }

    // Searched twice in each document, so the list is located in it and, after the first document, known as lasting.
    private static int FindTwice(SentenceContext ctx, List<string> cues, out string? found)
    {
        ctx.FindAny(cues, ctx.FirstToken, ctx.LastToken, out _);
        return ctx.FindAny(cues, ctx.FirstToken, ctx.LastToken, out found);
    }

    [Fact]
    public void A_lasting_list_is_found_alike_in_every_document()
    {
        var cues = new List<string> { "handed over", "released" };
        for (var n = 0; n < 3; n++)
        {
            var ctx = Sentence("The guards released two shepherds at dawn.", $"d{n}");
            Assert.Equal(ctx.FirstToken + 2, FindTwice(ctx, cues, out var found));
            Assert.Equal("released", found);
        }
    }

    [Fact]
    public void A_list_that_grew_since_it_was_read_is_read_again()
    {
        var cues = new List<string> { "handed over", "released" };
        for (var n = 0; n < 2; n++)
        {
            var ctx = Sentence("The shepherds were freed by the guards at dawn.", $"a{n}");
            Assert.Equal(-1, FindTwice(ctx, cues, out _));
        }

        // The remembered reading of the list is of two phrases; the list now holds three.
        cues.Add("freed");
        var later = Sentence("The shepherds were freed by the guards at dawn.", "b");
        Assert.Equal(later.FirstToken + 3, FindTwice(later, cues, out var found));
        Assert.Equal("freed", found);
    }
}
