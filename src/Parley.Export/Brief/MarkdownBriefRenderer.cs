using System.Text;

namespace Parley.Export.Brief;

/// <summary>
/// The brief as CommonMark: each statement a list item whose citations are links (<c>[Outlet, date](#q3)</c>) to
/// the numbered quotes at the end, each under an <c>&lt;a id="q3"&gt;</c> anchor. All text from the record is
/// escaped, so a quote cannot open a link, emphasis or raw HTML.
/// </summary>
public sealed class MarkdownBriefRenderer : IBriefRenderer
{
    /// <inheritdoc />
    public string Name => "md";

    /// <inheritdoc />
    public void Render(SituationBrief brief, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("# ");
        output.WriteLine(Escape(brief.Title));
        output.WriteLine();
        output.WriteLine($"_Built by Parley from {brief.Citations.Count} quotes in {brief.Documents} documents; every statement links to the quotes behind it._");
        foreach (var section in brief.Sections)
        {
            output.WriteLine();
            output.WriteLine("## " + Escape(section.Heading));
            output.WriteLine();
            if (section.Statements.Count == 0)
            {
                output.WriteLine($"_{Escape(section.WhenEmpty)}_");
                WriteNote(section, output);
                continue;
            }

            string? group = null;
            foreach (var statement in section.Statements)
            {
                if (section.Groups && statement.Group != group)
                {
                    group = statement.Group;
                    output.WriteLine();
                    output.WriteLine("### " + Escape(group ?? ""));
                    output.WriteLine();
                }

                output.Write("- ");
                output.WriteLine(string.Join(" ", statement.Parts.Select(p => Part(brief, p))));
            }

            WriteNote(section, output);
        }

        output.WriteLine();
        output.WriteLine("## Quotes");
        for (var i = 0; i < brief.Citations.Count; i++)
        {
            var c = brief.Citations[i];
            output.WriteLine();
            output.WriteLine($"<a id=\"{BriefAnchors.Quote(i + 1)}\"></a>**\\[{i + 1}\\]** {Escape(c.Label)}, document {Escape(c.DocumentId)}, characters {c.Start}\u2013{c.End}");
            output.WriteLine();
            output.WriteLine("> " + Escape(c.Quote));
        }
    }

    private static void WriteNote(BriefSection section, TextWriter output)
    {
        if (section.Note is { } note)
        {
            output.WriteLine();
            output.WriteLine($"_{Escape(note)}_");
        }
    }

    private static string Part(SituationBrief brief, BriefPart part)
    {
        var sb = new StringBuilder(Escape(part.Text));
        foreach (var n in part.Citations)
        {
            sb.Append($" [{Escape(brief.Citations[n - 1].Label)}](#{BriefAnchors.Quote(n)})");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Text as literal CommonMark: whitespace runs become one space, the characters that start inline markup are
    /// backslash-escaped ('(' and '!' are harmless once '[' is escaped), and a leading list or heading marker is escaped.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries));
        var sb = new StringBuilder(flat.Length + 8);
        foreach (var c in flat)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        // "-", "+", "=" or "1." at the start of a line would make a list, heading underline or numbered list.
        if (sb.Length > 0 && sb[0] is '-' or '+' or '=')
        {
            sb.Insert(0, '\\');
        }

        var digits = 0;
        while (digits < sb.Length && char.IsAsciiDigit(sb[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < sb.Length && sb[digits] is '.' or ')')
        {
            sb.Insert(digits, '\\');
        }

        return sb.ToString();
    }
}

/// <summary>Anchor names shared by the renderers.</summary>
public static class BriefAnchors
{
    /// <summary>The anchor of quote <paramref name="number"/> ("q3").</summary>
    public static string Quote(int number) => $"q{number}";
}
