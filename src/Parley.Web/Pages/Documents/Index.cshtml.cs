using Parley.Web.Data;

namespace Parley.Web.Pages.Documents;

/// <summary>The list of documents, newest first.</summary>
public sealed class IndexModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>Shows the list.</summary>
    public void OnGet()
    {
    }
}
