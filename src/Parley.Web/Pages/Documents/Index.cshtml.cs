using Parley.Storage;
using Parley.Web.Data;

namespace Parley.Web.Pages.Documents;

/// <summary>The list of documents, newest first: one page read from the store (<c>?after=</c> the last document of the page before).</summary>
public sealed class IndexModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>This page's documents.</summary>
    public IReadOnlyList<DocumentSummary> Rows { get; private set; } = [];

    /// <summary>The document this page starts after, or null on the first page.</summary>
    public string? After { get; private set; }

    /// <summary>The cursor of the next page, or null when this is the last.</summary>
    public string? Next { get; private set; }

    /// <summary>Shows the list.</summary>
    public Microsoft.AspNetCore.Mvc.IActionResult OnGet() => Guard(() =>
    {
        After = EventFilter.Value(Request.Query, "after");
        (Rows, Next) = Reader.StoreDocumentPage(PageSize, After);
        return Page();
    });

    /// <summary>The list from the page after <paramref name="after"/> (the first page when null).</summary>
    public static string PageLink(string? after) => "/documents" + (after is null ? "" : "?after=" + Uri.EscapeDataString(after));
}
