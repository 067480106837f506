using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Parley.Export.Brief;

/// <summary>
/// The brief as one self-contained HTML page: statements as list items whose citations link to the numbered
/// quotes at the end (<c>id="q3"</c>). Every piece of text is HTML-encoded; the page loads nothing.
/// </summary>
public sealed class HtmlBriefRenderer : IBriefRenderer
{
    // Letters of every script stay readable; markup characters and quotes are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public void Render(SituationBrief brief, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine($"<title>{E(brief.Title)}</title>");
        output.WriteLine("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}blockquote{margin:.3em 0 1em 1em;padding-left:1em;border-left:3px solid #ccc}a.cite{font-size:.85em;margin-left:.3em}li:target{background:#ffd}</style>");
        output.WriteLine("</head><body>");
        output.WriteLine($"<h1>{E(brief.Title)}</h1>");
        output.WriteLine($"<p><em>Built by Parley from {brief.Citations.Count} quotes in {brief.Documents} documents; every statement links to the quotes behind it.</em></p>");
        foreach (var section in brief.Sections)
        {
            output.WriteLine($"<section><h2>{E(section.Heading)}</h2>");
            if (section.Statements.Count == 0)
            {
                output.WriteLine($"<p><em>{E(section.WhenEmpty)}</em></p>{Note(section)}</section>");
                continue;
            }

            string? group = null;
            var open = false;
            foreach (var statement in section.Statements)
            {
                if (!open || (section.Groups && statement.Group != group))
                {
                    if (open)
                    {
                        output.WriteLine("</ul>");
                    }

                    group = statement.Group;
                    if (section.Groups)
                    {
                        output.WriteLine($"<h3>{E(group ?? "")}</h3>");
                    }

                    output.WriteLine("<ul>");
                    open = true;
                }

                output.Write("<li class=\"statement\">");
                foreach (var part in statement.Parts)
                {
                    output.Write(E(part.Text));
                    foreach (var n in part.Citations)
                    {
                        output.Write($"<a class=\"cite\" href=\"#{BriefAnchors.Quote(n)}\">[{E(brief.Citations[n - 1].Label)}]</a>");
                    }

                    output.Write(' ');
                }

                output.WriteLine("</li>");
            }

            output.WriteLine($"</ul>{Note(section)}</section>");
        }

        output.WriteLine("<section><h2>Quotes</h2><ol class=\"quotes\">");
        for (var i = 0; i < brief.Citations.Count; i++)
        {
            var c = brief.Citations[i];
            output.WriteLine($"<li id=\"{BriefAnchors.Quote(i + 1)}\"><blockquote>{E(c.Quote)}</blockquote>");
            output.WriteLine($"<p>{E(c.Label)}, document <code>{E(c.DocumentId)}</code>, characters {c.Start}\u2013{c.End}</p></li>");
        }

        output.WriteLine("</ol></section>");
        output.WriteLine("</body></html>");
    }

    private static string Note(BriefSection section) => section.Note is { } note ? $"<p class=\"note\"><em>{E(note)}</em></p>" : "";

    private static string E(string text) => Encoder.Encode(text);
}
