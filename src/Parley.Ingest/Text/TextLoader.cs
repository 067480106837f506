using System.Globalization;
using System.Text;

namespace Parley.Ingest.Text;

/// <summary>
/// Turns an input's bytes into text the way every text-based reader needs: size limit first (from the length
/// alone when known), then empty, binary and strict UTF-8 checks; a UTF-8 BOM is the only thing removed.
/// </summary>
internal static class TextLoader
{
    /// <summary>The strict decoder: invalid bytes throw instead of turning into U+FFFD.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const int BinarySampleBytes = 8192;

    /// <summary>The UTF-8 byte order mark, the only thing ever removed from a text.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private const double MaxControlRatio = 0.10;

    /// <summary>Loads the input as text, or says why it cannot be.</summary>
    public static bool TryLoad(DocumentInput input, ReaderLimits limits, out string text, out ReadFailure? failure)
    {
        text = "";
        if (!TryReadBytes(input, limits.MaxDocumentBytes, out var bytes, out failure))
        {
            return false;
        }

        failure = CheckBytes(input.Source, bytes, out var start) ?? Decode(input.Source, bytes, start, out text);
        if (failure is null && text.Length > limits.MaxLineLength && LongestLine(text) is var (line, length) && length > limits.MaxLineLength)
        {
            failure = new ReadFailure(input.Source, line,
                $"line is {length:N0} characters, over the {limits.MaxLineLength:N0} limit; this does not look like an article");
        }

        return failure is null;
    }

    /// <summary>Reads all bytes, refusing inputs over <paramref name="maxBytes"/> (from their length alone when known).</summary>
    public static bool TryReadBytes(DocumentInput input, long maxBytes, out byte[] bytes, out ReadFailure? failure)
    {
        bytes = [];
        failure = null;
        if (input.Length is { } known && known > maxBytes)
        {
            failure = TooLarge(input.Source, known, maxBytes);
            return false;
        }

        try
        {
            using var stream = input.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    failure = TooLarge(input.Source, null, maxBytes);
                    return false;
                }
            }

            bytes = buffer.ToArray();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = new ReadFailure(input.Source, null, $"cannot read: {OneLine(e.Message)}");
            return false;
        }
    }

    /// <summary>
    /// Empty and binary checks on raw bytes; <paramref name="start"/> is where the text begins after a UTF-8 BOM.
    /// Returns null when the bytes may be text.
    /// </summary>
    public static ReadFailure? CheckBytes(string source, ReadOnlySpan<byte> bytes, out int start, int? line = null)
    {
        start = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        if (bytes.Length - start == 0)
        {
            return new ReadFailure(source, line, line is null ? "empty file" : "empty line");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new ReadFailure(source, line, "UTF-16 text; Parley reads UTF-8, so save the file as UTF-8");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new ReadFailure(source, line, $"binary content (NUL byte at offset {nul}); Parley reads UTF-8 text");
        }

        var sample = bytes[start..][..Math.Min(bytes.Length - start, BinarySampleBytes)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                control++;
            }
        }

        return control > sample.Length * MaxControlRatio
            ? new ReadFailure(source, line, $"binary content ({control} control characters in the first {sample.Length} bytes); Parley reads UTF-8 text")
            : null;
    }

    /// <summary>Strict UTF-8 decoding from <paramref name="start"/>; a failure gives the byte offset and line.</summary>
    public static ReadFailure? Decode(string source, byte[] bytes, int start, out string text, int? line = null)
    {
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            var offset = start + Math.Max(0, e.Index);
            var where = line is null
                ? $"byte {offset}, line {CountLines(bytes.AsSpan(0, Math.Min(offset, bytes.Length)))}"
                : $"byte {offset} of the line";
            return new ReadFailure(source, line, $"not valid UTF-8 ({where}); save the file as UTF-8");
        }

        return string.IsNullOrWhiteSpace(text)
            ? new ReadFailure(source, line, line is null ? "empty file (only white space)" : "empty line")
            : null;
    }

    /// <summary>Collapses a message to one line (exception messages can hold newlines).</summary>
    public static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>
    /// A value from the input, fit to quote in a one-line message: newlines collapsed and cut at
    /// <paramref name="max"/> characters (a bad "published" field can be any length).
    /// </summary>
    public static string Quote(string value, int max = 80)
    {
        var line = OneLine(value);
        return line.Length <= max ? line : line[..max] + "…";
    }

    /// <summary>A size for messages: "50 MB", "12 KB", "900 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    private static ReadFailure TooLarge(string source, long? size, long max) =>
        new(source, null, size is { } s
            ? $"too large ({Size(s)}, limit {Size(max)}); not read"
            : $"too large (over the limit of {Size(max)}); not read");

    private static int CountLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n') + 1;

    private static (int Line, int Length) LongestLine(string text)
    {
        var (bestLine, best, line, start) = (1, 0, 1, 0);
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > best)
            {
                (bestLine, best) = (line, length);
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return (bestLine, best);
    }
}
