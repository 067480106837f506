using Microsoft.AspNetCore.Mvc;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>Full-text search over documents (the store's index) and quotes.</summary>
public sealed class SearchModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The words searched.</summary>
    public string Query { get; private set; } = "";

    /// <summary>Matching documents.</summary>
    public DocumentResults Documents { get; private set; } = new([], null);

    /// <summary>Matching quotes.</summary>
    public IReadOnlyList<QuoteHit> Quotes { get; private set; } = [];

    /// <summary>Runs the search.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        Query = EventFilter.Value(Request.Query, "q") ?? "";
        if (Query.Length > 200)
        {
            return BadQuery("'q' is longer than 200 characters; search for fewer words");
        }

        Documents = Reader.SearchDocuments(Query);
        Quotes = Reader.SearchQuotes(Query);
        return Page();
    });
}
