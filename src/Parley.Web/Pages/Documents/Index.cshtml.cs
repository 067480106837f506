using Parley.Web.Data;

namespace Parley.Web.Pages.Documents;

/// <summary>The list of documents, newest first.</summary>
public sealed class IndexModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>This page's documents.</summary>
    public IReadOnlyList<Parley.Model.Document> Rows { get; private set; } = [];

    /// <summary>Shows the list.</summary>
    public Microsoft.AspNetCore.Mvc.IActionResult OnGet() => Guard(() =>
    {
        Rows = PageOf(Index.DocumentsNewestFirst);
        return Page();
    });
}
