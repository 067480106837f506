using Parley.Export.Brief;
using Parley.Export.Views;
using Parley.Model;
using Parley.Storage;
using Parley.Time;

namespace Parley.Export.Tests;

/// <summary>
/// Every export format writes a slice read a page at a time (<see cref="StreamedRecord.Open"/>) byte for byte as it
/// writes the slice read whole, and a brief says how many contradictions it leaves out.
/// </summary>
public sealed class StreamedExportTests
{
    /// <summary>
    /// The sample record with two events whose order by earliest day and id (the store's) is not their chronological
    /// order: each begins on the day of another event that ends sooner and has a later id, so a page boundary between
    /// them must not decide their order.
    /// </summary>
    private static ParleyRecord Crowded()
    {
        var sample = SampleRecord.Create();
        var clash = sample.Events.Single(e => e.Type == EventType.ArmedClash);
        var meeting = sample.Events.Single(e => e.Type == EventType.Meeting);
        var week = clash with { Id = "2023-05-06-a-week-of-shelling", Date = new DateRange(new NodaTime.LocalDate(2023, 5, 6), new NodaTime.LocalDate(2023, 5, 12), DatePrecision.Days), Mentions = [clash.Mentions[0]] };
        var visit = meeting with { Id = "2023-05-03-z-visit", Type = EventType.Visit, Date = DateRange.Day(2023, 5, 3), Mediators = [], Mentions = [meeting.Mentions[1]] };
        return sample with
        {
            Events = [.. sample.Events, week, visit],
            Contradictions = [.. sample.Contradictions, new Contradiction { Id = "x3", EventId = week.Id, Attribute = ContradictionAttribute.Place, ClaimIds = [], Values = ["Dunmere", "Castelford"] }],
        };
    }

    [Fact]
    public void Every_format_writes_the_slice_read_a_page_at_a_time_as_it_writes_the_slice_read_whole()
    {
        var store = new SliceReadsTests.RecordStore(Crowded());
        var filters = new[]
        {
            RecordFilter.All, new RecordFilter { Type = EventType.ArmedClash }, new RecordFilter { Period = DateRange.Month(2023, 5) }, new RecordFilter { Actor = "belmor" },
            new RecordFilter { Period = DateRange.Month(2030, 1) },
        };
        foreach (var exporter in ExporterRegistry.CreateDefault().Exporters)
        {
            foreach (var filter in filters)
            {
                var whole = Written(exporter, store.ReadRecord(filter));
                foreach (var pageSize in new[] { 1, 2, 3, StreamedRecord.PageSize })
                {
                    Assert.True(whole.SequenceEqual(Written(exporter, StreamedRecord.Open(store, filter, pageSize))), $"{exporter.Name}, page of {pageSize}, {filter}");
                }
            }
        }
    }

    [Fact]
    public void A_walk_gives_the_events_in_chronological_order_each_with_a_view_of_its_documents_and_contradictions()
    {
        var record = Crowded();
        var store = new SliceReadsTests.RecordStore(record);
        var walk = StreamedRecord.Walk(StreamedRecord.Open(store, RecordFilter.All, pageSize: 1));
        var events = walk.Events.ToList();
        Assert.Equal(RecordView.Chronological(record.Events).Select(e => e.Id), events.Select(x => x.Event.Id));
        // The store reads the meeting before the visit of the same first day (by id); the visit ends first.
        Assert.Equal(["2023-05-03-z-visit", "2023-05-03-meeting-castelford", "2023-05-06-armed-clash-dunmere", "2023-05-06-a-week-of-shelling", "appointment-belmor"],
            events.Select(x => x.Event.Id));
        Assert.All(events, x => Assert.Equal(x.View.IsContradicted(x.Event.Id), record.Contradictions.Any(c => c.EventId == x.Event.Id)));
        Assert.All(events, x => Assert.All(x.View.DocumentsOf(x.Event), d => Assert.NotNull(x.View.Document(d))));
        // A page's view holds only its own event's documents; the names view knows every named entity.
        var visit = events.Single(x => x.Event.Id == "2023-05-03-z-visit");
        Assert.Equal(["b"], visit.View.Record.Documents.Select(d => d.Id));
        Assert.Equal("Northern Union", walk.Names.Name("northern-union"));
        Assert.Equal("Ardania Today", visit.View.OutletEntity("a")?.Name ?? walk.Names.Name("ardania-today"));
    }

    [Fact]
    public void A_brief_that_lists_only_the_first_contradictions_says_how_many_the_period_holds_in_each_format()
    {
        var record = SampleRecord.Create();
        var may = DateRange.Month(2023, 5);
        var all = new BriefBuilder().Build(new RecordView(record), may, null);
        Assert.Null(all.Sections[1].Note);
        Assert.DoesNotContain("only the first", Render(new MarkdownBriefRenderer(), all), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"note\"", Render(new HtmlBriefRenderer(), all), StringComparison.Ordinal);

        var one = new BriefBuilder { MaxDisagreements = 1 }.Build(new RecordView(record), may, null);
        Assert.Single(one.Sections[1].Statements);
        Assert.Equal("The record holds 2 contradictions about this period's events; only the first 1 (by id) are cited here.", one.Sections[1].Note);
        Assert.Contains("\n_The record holds 2 contradictions about this period's events; only the first 1 (by id) are cited here._\n",
            Render(new MarkdownBriefRenderer(), one), StringComparison.Ordinal);
        Assert.Contains("</ul><p class=\"note\"><em>The record holds 2 contradictions about this period&#x27;s events; only the first 1 (by id) are cited here.</em></p></section>",
            Render(new HtmlBriefRenderer(), one), StringComparison.Ordinal);
    }

    [Fact]
    public void A_brief_read_from_a_store_counts_the_contradictions_beyond_the_ones_it_cites()
    {
        // 45 disagreements about the clash of May: the brief cites the first 40 by id and counts all 45.
        var sample = SampleRecord.Create();
        var clash = sample.Contradictions.Single(x => x.Id == "x2");
        var many = sample with { Contradictions = [sample.Contradictions[0], .. Enumerable.Range(1, 45).Select(n => clash with { Id = $"x2-{n:00}" })] };
        var store = new SliceReadsTests.RecordStore(many);
        var may = DateRange.Month(2023, 5);
        var slice = SliceReads.ReadBrief(store, new RecordFilter { Period = may }, 40)!;
        Assert.Equal(46, slice.Contradictions);
        Assert.Equal(SliceReads.MaxBriefDisagreements, slice.View.Record.Contradictions.Count);
        var brief = new BriefBuilder().Build(slice.View, may, null, slice.Contradictions);
        Assert.Equal(40, brief.Sections[1].Statements.Count);
        Assert.Contains("holds 46 contradictions about this period's events; only the first 40 (by id)", Render(new MarkdownBriefRenderer(), brief), StringComparison.Ordinal);
        // The same brief as the view of the whole period builds it.
        Assert.Equal(Render(new MarkdownBriefRenderer(), new BriefBuilder().Build(new RecordView(store.ReadRecord(new RecordFilter { Period = may })), may, null)),
            Render(new MarkdownBriefRenderer(), brief));
    }

    private static byte[] Written(IExporter exporter, ParleyRecord record)
    {
        using var output = new MemoryStream();
        exporter.Write(record, output);
        return output.ToArray();
    }

    private static string Render(IBriefRenderer renderer, SituationBrief brief)
    {
        using var text = new StringWriter();
        renderer.Render(brief, text);
        return text.ToString();
    }
}
