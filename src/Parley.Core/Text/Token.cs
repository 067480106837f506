namespace Parley.Text;

/// <summary>
/// One token of a document: its span in the verbatim text and its normalised form (lower case, no diacritics,
/// typographic apostrophes and dashes unified), so matching never has to touch the original. A value type: a
/// document holds one per word, stored inline in its token list instead of one heap object each.
/// </summary>
/// <remarks>
/// The span's length, the kind and the two case flags share one field, so a token takes 24 bytes (a reference
/// and three integers, the last its word's <see cref="Vocabulary"/> id) where six separate fields took 32: token lists
/// are most of what tokenising allocates. A token is at most <see cref="MaxLength"/> characters long.
/// </remarks>
public readonly record struct Token
{
    /// <summary>The longest span a token can have (2^28 - 1 characters).</summary>
    public const int MaxLength = (1 << (32 - FlagBits)) - 1;

    private const int FlagBits = 4;
    private const uint KindMask = 3;
    private const uint CapitalizedFlag = 4;
    private const uint AllCapsFlag = 8;

    private readonly int _start;
    private readonly uint _lengthAndFlags;
    private readonly int _wordId;

    /// <summary>Creates a token.</summary>
    /// <param name="span">Where the token sits in the verbatim text.</param>
    /// <param name="normalized">Lower-case form without diacritics.</param>
    /// <param name="kind">Word, number or punctuation.</param>
    /// <param name="isCapitalized">True when the original starts with an upper-case letter.</param>
    /// <param name="isAllCaps">True when every letter of the original is upper case (an acronym).</param>
    public Token(CharSpan span, string normalized, TokenKind kind, bool isCapitalized, bool isAllCaps)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.Length, MaxLength, nameof(span));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)kind, (uint)TokenKind.Punctuation, nameof(kind));
        _start = span.Start;
        _lengthAndFlags = Pack(span.Length, kind, isCapitalized, isAllCaps);
        Normalized = normalized;
        _wordId = Vocabulary.Of(normalized).Id;
    }

    /// <summary>The tokenizer's constructor: the span is known to be valid and short enough, the kind defined.</summary>
    internal Token(int start, int end, Vocabulary.Entry word, TokenKind kind, bool isCapitalized, bool isAllCaps)
    {
        _start = start;
        _lengthAndFlags = Pack(end - start, kind, isCapitalized, isAllCaps);
        Normalized = word.Word;
        _wordId = word.Id;
    }

    /// <summary>Where the token sits in the verbatim text.</summary>
    public CharSpan Span => CharSpan.Trusted(_start, _start + (int)(_lengthAndFlags >> FlagBits));

    /// <summary>Lower-case form without diacritics.</summary>
    public string Normalized { get; }

    /// <summary>
    /// The <see cref="Vocabulary"/> id of <see cref="Normalized"/>, or <see cref="Vocabulary.Unknown"/> for a word the
    /// full vocabulary left out (<see cref="Vocabulary.IdOf(in Token)"/> looks such a word up again).
    /// </summary>
    public int WordId => _wordId;

    /// <summary>Word, number or punctuation.</summary>
    public TokenKind Kind => (TokenKind)(_lengthAndFlags & KindMask);

    /// <summary>True when the original starts with an upper-case letter.</summary>
    public bool IsCapitalized => (_lengthAndFlags & CapitalizedFlag) != 0;

    /// <summary>True when every letter of the original is upper case (an acronym).</summary>
    public bool IsAllCaps => (_lengthAndFlags & AllCapsFlag) != 0;

    /// <summary>True for a word token.</summary>
    public bool IsWord => Kind == TokenKind.Word;

    private static uint Pack(int length, TokenKind kind, bool isCapitalized, bool isAllCaps) =>
        ((uint)length << FlagBits) | (uint)kind | (isCapitalized ? CapitalizedFlag : 0) | (isAllCaps ? AllCapsFlag : 0);
}
