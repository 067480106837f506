using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli;

/// <summary>How the terminal views print: tables whose cells are plain text (never markup), or JSON for scripts.</summary>
internal static class ViewOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="value"/> as indented snake_case JSON.</summary>
    public static void WriteJson<T>(CliContext context, T value) => context.WriteRaw(JsonSerializer.Serialize(value, Json) + Environment.NewLine);

    /// <summary>A cell that shows <paramref name="text"/> as it is: article text can hold '[' and must not be read as markup.</summary>
    public static IRenderable Cell(string? text) => new Spectre.Console.Text(text ?? "");

    /// <summary>A table row of plain-text cells.</summary>
    public static Table Row(this Table table, params string?[] cells) => table.AddRow(cells.Select(Cell).ToArray());

    /// <summary>Names joined with ", ".</summary>
    public static string Names(IReadOnlyList<string> names) => string.Join(", ", names);
}
