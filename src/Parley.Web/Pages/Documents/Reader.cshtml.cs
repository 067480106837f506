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

    /// <summary>Its outlet.</summary>
    public OutletInfo Outlet { get; private set; } = null!;

    /// <summary>The document's URL when it is a web address (never a script or data URL).</summary>
    public Uri? SafeUrl { get; private set; }

    /// <summary>Shows the document.</summary>
    public IActionResult OnGet(string id)
    {
        var index = Index;
        if (!index.Documents.TryGetValue(id, out var document))
        {
            return Missing($"There is no document '{id}' in the record.");
        }

        Document = document;
        Outlet = index.OutletOf(id);
        Segments = DocumentMarkup.Build(index, document);
        SafeUrl = Uri.TryCreate(document.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
        return Page();
    }
}
