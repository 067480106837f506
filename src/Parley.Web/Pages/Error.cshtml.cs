using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parley.Web.Hosting;

namespace Parley.Web.Pages;

/// <summary>The 400/404/500 page; JSON instead for requests that were made to the API.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status code.</summary>
    public int Code { get; private set; }

    /// <summary>Its name in words.</summary>
    public string Heading { get; private set; } = "";

    /// <summary>What went wrong, for the reader.</summary>
    public string Message { get; private set; } = "";

    /// <summary>Shows the error of the original request.</summary>
    public IActionResult OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Heading = Code switch
        {
            400 => "Bad request",
            404 => "Not found",
            405 => "Method not allowed",
            429 => "Too many requests",
            _ => Code >= 500 ? "Server error" : "Request refused",
        };
        Message = HttpContext.Items[WorkbenchApp.ErrorMessageKey] as string ?? Code switch
        {
            404 => "There is no page at this address.",
            400 => "The address has a value the workbench cannot use.",
            _ when Code >= 500 => "Something failed while reading the record; the server's console says what.",
            _ => "The request was refused.",
        };
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        var direct = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null;
        Response.StatusCode = direct ? 404 : Code;
        if (direct)
        {
            (Code, Heading, Message) = (404, "Not found", "There is no page at this address.");
        }

        if (original.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return new JsonResult(new { error = Message }) { StatusCode = Response.StatusCode };
        }

        return Page();
    }
}
