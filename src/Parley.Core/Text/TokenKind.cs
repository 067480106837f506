namespace Parley.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (and digits after a letter).</summary>
    Word,
    /// <summary>Digits, possibly with thousands separators or a decimal point.</summary>
    Number,
    /// <summary>Any other single visible character.</summary>
    Punctuation,
}
