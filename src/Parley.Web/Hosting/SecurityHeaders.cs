using Microsoft.AspNetCore.Http;

namespace Parley.Web.Hosting;

/// <summary>
/// The response headers every answer carries: a Content-Security-Policy that allows only the workbench's own
/// scripts and styles (no inline script, no inline style attribute, nothing from another origin), and the usual
/// no-sniff, no-framing and no-referrer headers.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy. <c>img-src data:</c> serves the map library's tiny inline images; nothing else is relaxed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    /// <summary>Adds the headers before the response starts.</summary>
    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
