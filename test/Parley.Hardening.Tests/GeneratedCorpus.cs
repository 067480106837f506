using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parley.Hardening.Tests;

/// <summary>
/// A corpus written by the tests from prose generated here (never from the shared corpus): short news reports of
/// meetings, clashes, convoys and statements between the pack's actors, in every format the readers take.
/// </summary>
public static class GeneratedCorpus
{
    private static readonly string[] States = ["Armenia", "Azerbaijan", "Russia", "Turkey", "France", "Iran", "Georgia"];
    private static readonly string[] People = ["Nikol Pashinyan", "Ilham Aliyev", "Ararat Mirzoyan", "Jeyhun Bayramov", "Charles Michel", "Sergey Lavrov", "Antony Blinken"];
    private static readonly string[] Places = ["Brussels", "Moscow", "Washington", "Yerevan", "Baku", "Stepanakert", "Lachin", "Goris", "Tbilisi", "Kazakh"];
    private static readonly string[] Outlets = ["Example Wire", "Daily Ledger", "Caucasus Monitor", "Evening Courier"];

    /// <summary>Writes about <paramref name="documents"/> documents under <paramref name="folder"/>; returns how many were written.</summary>
    public static int Write(string folder, int documents, int seed, string prefix = "report")
    {
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        var written = 0;
        var file = 0;
        while (written < documents)
        {
            file++;
            var name = Path.Combine(folder, $"{file / 50:D3}", $"{prefix}-{file:D5}");
            Directory.CreateDirectory(Path.GetDirectoryName(name)!);
            var kind = random.Next(10);
            var date = new DateOnly(2021, 1, 1).AddDays(random.Next(1400));
            switch (kind)
            {
                case < 4:
                    File.WriteAllText(name + ".txt", $"{Title(random)}\n{Outlet(random)}\n{Printed(date)}\n\n{Body(random, date)}");
                    written++;
                    break;
                case < 6:
                    File.WriteAllText(name + ".md", $"---\ntitle: {Title(random)}\noutlet: {Outlet(random)}\npublished: {date:yyyy-MM-dd}\nauthors: [{Author(random)}]\n---\n{Body(random, date)}");
                    written++;
                    break;
                case < 8:
                    File.WriteAllText(name + ".html", $"<html><head><title>{Title(random)}</title><meta property=\"og:site_name\" content=\"{Outlet(random)}\"><meta property=\"article:published_time\" content=\"{date:yyyy-MM-dd}\"></head><body><nav>Home</nav><article>{string.Concat(Body(random, date).Split("\n\n").Select(p => $"<p>{p}</p>"))}</article></body></html>");
                    written++;
                    break;
                case 8:
                    var lines = new StringBuilder();
                    for (var i = 0; i < 4; i++)
                    {
                        var day = date.AddDays(i);
                        lines.Append(JsonSerializer.Serialize(new { id = $"{prefix}-wire-{file}-{i}", title = Title(random), outlet = Outlet(random), published = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text = Body(random, day) })).Append('\n');
                    }

                    File.WriteAllText(name + ".jsonl", lines.ToString());
                    written += 4;
                    break;
                default:
                    var items = new StringBuilder();
                    for (var i = 0; i < 3; i++)
                    {
                        var day = date.AddDays(i);
                        items.Append($"<item><title>{Title(random)}</title><link>https://feed.example/{prefix}/{file}/{i}</link><pubDate>{day.ToDateTime(TimeOnly.MinValue).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} +0000</pubDate><description>{System.Security.SecurityElement.Escape(Body(random, day))}</description></item>");
                    }

                    File.WriteAllText(name + ".rss", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{Outlet(random)}</title>{items}</channel></rss>");
                    written += 3;
                    break;
            }
        }

        return written;
    }

    /// <summary>
    /// Edits about <paramref name="fraction"/> of the files in place (a sentence added to each document of the file),
    /// so the next ingest must replace those documents; returns how many files were edited.
    /// </summary>
    public static int Edit(string folder, double fraction, Random random)
    {
        var edited = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList())
        {
            if (random.NextDouble() >= fraction)
            {
                continue;
            }

            var update = $"Update {random.Next(1000)}: the ministry later confirmed the figures.";
            var text = File.ReadAllText(file);
            text = Path.GetExtension(file) switch
            {
                ".html" => text.Replace("</article>", $"<p>{update}</p></article>", StringComparison.Ordinal),
                ".jsonl" => text.Replace("\"text\":\"", $"\"text\":\"{update} ", StringComparison.Ordinal),
                ".rss" => text.Replace("<description>", $"<description>{update} ", StringComparison.Ordinal),
                _ => text + "\n\n" + update,
            };
            File.WriteAllText(file, text);
            edited++;
        }

        return edited;
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    private static string Outlet(Random random) => Pick(random, Outlets);

    private static string Author(Random random) => Pick(random, ["Ana Petrosyan", "Leyla Mammadova", "Tom Fielding", "Marie Durand"]);

    private static string Printed(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Title(Random random) =>
        $"{Pick(random, People)} {Pick(random, ["meets", "criticises", "calls", "warns"])} {Pick(random, States)} {Pick(random, ["over talks", "on the border", "after clashes", "about the road"])}";

    private static string Body(Random random, DateOnly date)
    {
        var paragraphs = new List<string>();
        for (var p = 0; p < 2 + random.Next(3); p++)
        {
            var (a, b) = (Pick(random, People), Pick(random, People));
            var (s1, s2) = (Pick(random, States), Pick(random, States));
            var place = Pick(random, Places);
            var day = date.AddDays(-random.Next(3)).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            paragraphs.Add(random.Next(6) switch
            {
                0 => $"{a} and {b} met in {place} on {day} to discuss a peace agreement between {s1} and {s2}. The talks lasted {2 + random.Next(6)} hours.",
                1 => $"The defence ministry of {s1} said {1 + random.Next(9)} soldiers were killed when forces of {s2} opened fire near {place} on {day}.",
                2 => $"\"We are ready to sign the treaty,\" {a} told reporters in {place}. {b} said the proposal from {s2} was not acceptable.",
                3 => $"A convoy of {5 + random.Next(30)} trucks carrying food and medicine reached {place} on {day}, the Red Cross said.",
                4 => $"{s1} accused {s2} of blocking the road through {place}, a charge {b} denied on {day}.",
                _ => $"{a} appointed a new envoy for talks with {s2}, his office announced in {place} on {day}.",
            });
        }

        return string.Join("\n\n", paragraphs);
    }
}
