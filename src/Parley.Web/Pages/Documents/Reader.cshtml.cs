using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Parley.Model;
using Parley.Web.Data;

namespace Parley.Web.Pages.Documents;

/// <summary>The document reader: the article with its mentions linked and its events, claims and positions highlighted.</summary>
public sealed class ReaderModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The document.</summary>
    public Document Document { get; private set; } = null!;

    /// <summary>Its text in annotated runs.</summary>
    public IReadOnlyList<Segment> Segments { get; private set; } = [];

    /// <summary>Names of the entities the page shows.</summary>
    public IEntityNames Names { get; private set; } = null!;

    /// <summary>Its event accounts, each with its merged event (those a merged event holds).</summary>
    public IReadOnlyList<(Event Event, EventMention Mention)> Events { get; private set; } = [];

    /// <summary>Its claims.</summary>
    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    /// <summary>Its positions.</summary>
    public IReadOnlyList<Position> Positions { get; private set; } = [];

    /// <summary>Its outlet.</summary>
    public OutletInfo Outlet { get; private set; } = null!;

    /// <summary>The document's URL when it is a web address (never a script or data URL).</summary>
    public Uri? SafeUrl { get; private set; }

    /// <summary>
    /// The article's runs as HTML: every text and attribute value goes through the HTML encoder, so the article's own
    /// markup characters stay text.
    /// </summary>
    public IHtmlContent RenderArticle()
    {
        var html = new StringBuilder(Document.Text.Length * 2);
        var encoder = HtmlEncoder.Default;
        foreach (var s in Segments)
        {
            var plain = s.Anchor is null && s.EntityId is null && s.Classes.Length == 0;
            if (!plain)
            {
                html.Append("<span");
                if (s.Anchor is not null)
                {
                    html.Append(" id=\"").Append(encoder.Encode(s.Anchor)).Append('"');
                }

                if (s.Classes.Length > 0)
                {
                    html.Append(" class=\"").Append(encoder.Encode(s.Classes)).Append('"');
                }

                html.Append('>');
            }

            if (s.EntityId is not null)
            {
                html.Append("<a class=\"mention\" href=\"").Append(encoder.Encode(Links.Actor(s.EntityId)))
                    .Append("\" title=\"").Append(encoder.Encode(Names.NameOf(s.EntityId))).Append("\">")
                    .Append(encoder.Encode(s.Text)).Append("</a>");
            }
            else
            {
                html.Append(encoder.Encode(s.Text));
            }

            if (!plain)
            {
                html.Append("</span>");
            }
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>Shows the document: it and its extractions read by its id, never the whole record.</summary>
    public IActionResult OnGet(string id)
    {
        var catalog = Reader.Catalog;
        Names = catalog;
        var read = Reader.Read(store => store.ReadDocumentExtraction(id) is { } found
            ? (found.Extraction, found.EventIds, store.ReadEventsById([.. found.EventIds.Values]))
            : ((DocumentExtraction, IReadOnlyDictionary<string, string>, IReadOnlyList<Event>)?)null);
        if (read is not var (extraction, eventIds, events))
        {
            return Missing($"There is no document '{id}' in the record.");
        }

        var document = Document = extraction.Document;
        var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Events = [.. extraction.Events.Select(m => (Event: eventIds.TryGetValue(m.Key, out var e) ? byId.GetValueOrDefault(e) : null, Mention: m))
            .Where(x => x.Event is not null).Select(x => (x.Event!, x.Mention))];
        Claims = extraction.Claims;
        Positions = extraction.Positions;
        Outlet = catalog.OutletNamed(document.Outlet);
        Segments = DocumentMarkup.Build(document, extraction.Mentions, [.. Events.Select(x => (x.Event.Id, x.Mention))], Claims, Positions);
        SafeUrl = Uri.TryCreate(document.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
        return Page();
    }
}
