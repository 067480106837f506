using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Ingest;

/// <summary>Progress column: megabytes read of the total, in the decimal MB the summary uses.</summary>
internal sealed class MegabytesColumn : ProgressColumn
{
    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Spectre.Console.Text($"{Mb(task.Value)}/{Mb(task.MaxValue)} MB");

    internal static string Mb(double bytes) => (bytes / 1_000_000.0).ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Progress column: megabytes a second since the start.</summary>
internal sealed class MegabytesPerSecondColumn : ProgressColumn
{
    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
        return new Spectre.Console.Text(seconds > 0 ? $"{MegabytesColumn.Mb(task.Value / seconds)} MB/s" : "-- MB/s", new Style(Color.Grey));
    }
}
