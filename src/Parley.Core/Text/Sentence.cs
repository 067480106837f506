namespace Parley.Text;

/// <summary>A sentence (or headline, dateline, list item) of a document.</summary>
/// <param name="Index">Position in the document, from 0.</param>
/// <param name="Span">Where it sits in the verbatim text, trimmed of surrounding white space.</param>
/// <param name="IsHeading">True for a headline, masthead or dateline rather than running prose.</param>
public sealed record Sentence(int Index, CharSpan Span, bool IsHeading = false);
