namespace Parley.Text;

/// <summary>
/// One token of a document: its span in the verbatim text and its normalised form (lower case, no diacritics,
/// typographic apostrophes and dashes unified), so matching never has to touch the original. A value type: a
/// document holds one per word, stored inline in its token list instead of one heap object each.
/// </summary>
/// <param name="Span">Where the token sits in the verbatim text.</param>
/// <param name="Normalized">Lower-case form without diacritics.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="IsCapitalized">True when the original starts with an upper-case letter.</param>
/// <param name="IsAllCaps">True when every letter of the original is upper case (an acronym).</param>
public readonly record struct Token(CharSpan Span, string Normalized, TokenKind Kind, bool IsCapitalized, bool IsAllCaps)
{
    /// <summary>True for a word token.</summary>
    public bool IsWord => Kind == TokenKind.Word;
}
