using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Web.Data;
using Parley.Web.Hosting;

namespace Parley.Web.Pages;

/// <summary>What every page model shares: the reader, and 400/404 answers that carry a message to the error page.</summary>
public abstract class WorkbenchPage : PageModel
{
    /// <summary>The page over <paramref name="reader"/>.</summary>
    protected WorkbenchPage(WorkbenchReader reader) => Reader = reader;

    /// <summary>The read service.</summary>
    protected WorkbenchReader Reader { get; }

    /// <summary>The record, indexed.</summary>
    public RecordIndex Index => Reader.Current;

    /// <summary>A 400 page saying <paramref name="message"/>.</summary>
    protected IActionResult BadQuery(string message)
    {
        HttpContext.Items[WorkbenchApp.ErrorMessageKey] = message;
        return StatusCode(400);
    }

    /// <summary>A 404 page saying <paramref name="message"/>.</summary>
    protected IActionResult Missing(string message)
    {
        HttpContext.Items[WorkbenchApp.ErrorMessageKey] = message;
        return NotFound();
    }

    /// <summary>Runs <paramref name="show"/>, answering a bad query value with a 400 page.</summary>
    protected IActionResult Guard(Func<IActionResult> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        try
        {
            return show();
        }
        catch (BadQueryException ex)
        {
            return BadQuery(ex.Message);
        }
    }
}
