using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parley.Web.Api;
using Parley.Web.Data;

namespace Parley.Web.Hosting;

/// <summary>Builds the workbench: a read-only ASP.NET Core app over one <see cref="WorkbenchReader"/>.</summary>
public static class WorkbenchApp
{
    /// <summary>Where a page leaves the message of a 400 for the error page to show.</summary>
    public const string ErrorMessageKey = "parley.error";

    /// <summary>
    /// Builds the app. <paramref name="configure"/> runs last on the builder (tests swap in a test server there).
    /// Throws <see cref="ArgumentException"/> when the host is neither an IP address nor <c>localhost</c>.
    /// </summary>
    public static WebApplication Build(WorkbenchReader reader, WorkbenchOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var webRoot = Path.GetFullPath(options.StaticRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        if (!Directory.Exists(webRoot))
        {
            throw new DirectoryNotFoundException($"the workbench's static files are missing: no folder {webRoot}");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WorkbenchApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRoot,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            if (IPAddress.TryParse(options.Host, out var address))
            {
                kestrel.Listen(address, options.Port);
            }
            else if (options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                throw new ArgumentException($"--host must be an IP address or 'localhost'; got '{options.Host}'", nameof(options));
            }
        });

        builder.Services.AddSingleton(reader);
        // Keys for anti-forgery tokens live in memory: the workbench writes nothing to disk and takes no form posts.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddRazorPages();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RequestsPerWindow,
                    Window = options.RateWindow,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (rejected, token) =>
            {
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(rejected.HttpContext.Response.WriteAsync("429: too many requests; wait a little and try again.", token));
            };
        });

        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context);
                return Task.CompletedTask;
            });
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                // Read-only: nothing here writes, so nothing but GET and HEAD is answered.
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD";
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("405: the workbench is read-only; only GET and HEAD are answered.");
                return;
            }

            await next(context);
        });
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRateLimiter();
        // Only files under the static folder are served; the provider refuses paths that climb out of it.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot), ServeUnknownFileTypes = false });
        app.MapOpenApi("/openapi/v1.json");
        ApiEndpoints.Map(app);
        app.MapRazorPages();
        return app;
    }
}
