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

    /// <summary>Rows a list page shows.</summary>
    public const int PageSize = 200;

    /// <summary>Offset of the first row shown (from <c>?skip=</c>).</summary>
    public int Skip { get; private set; }

    /// <summary>Rows on all pages.</summary>
    public int Total { get; private set; }

    /// <summary>One page of <paramref name="rows"/>, from <c>?skip=</c>; sets <see cref="Skip"/> and <see cref="Total"/>.</summary>
    protected IReadOnlyList<T> PageOf<T>(IReadOnlyList<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = EventFilter.Value(Request.Query, "skip");
        var skip = 0;
        if (text is not null && (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            throw new BadQueryException($"'skip' must be a whole number of rows; got '{text}'");
        }

        Total = rows.Count;
        Skip = Math.Min(skip, Math.Max(0, rows.Count - 1));
        return rows.Skip(Skip).Take(PageSize).ToList();
    }

    /// <summary>The current address with <c>skip</c> set to <paramref name="skip"/> (paging links).</summary>
    public string WithSkip(int skip)
    {
        var pairs = Request.Query.Where(q => q.Key != "skip").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))
            .Append(new KeyValuePair<string, string>("skip", skip.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(pairs).ToQueryString();
    }

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
