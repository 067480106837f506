using System.Collections;
using Parley.Model;
using Parley.Storage;

namespace Parley.Export.Views;

/// <summary>
/// The record (or the slice a filter selects) as <see cref="IParleyStore.ReadRecord"/> gives it, but read a page at a
/// time while it is enumerated, so an exporter that walks each list once (the parley/1 exporter) writes a store of a
/// million events in the memory of a page, and one that looks things up for each event (the event formats) walks its
/// events with a view of each page (<see cref="Walk"/>). The lists cannot be indexed; each enumeration reads the store
/// again.
/// </summary>
public static class StreamedRecord
{
    /// <summary>Rows read from the store at a time.</summary>
    public const int PageSize = 2000;

    /// <summary>
    /// The record <paramref name="filter"/> selects, each list read <paramref name="pageSize"/> rows at a time as it is
    /// enumerated.
    /// </summary>
    public static ParleyRecord Open(IParleyStore store, RecordFilter filter, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var positions = new PositionFilter { Actor = filter.Actor, Topic = filter.Topic, Period = filter.Period };
        return new ParleyRecord
        {
            // Every document and every named entity, filtered or not, as the whole record's slice has them.
            Documents = new PagedList<Document, string>(pageSize, after => store.ReadDocumentPage(new DocumentFilter(), pageSize, after), d => d.Id),
            Entities = new PagedList<EntityWithMentions, string>(pageSize, after => store.ReadEntityPage(pageSize, after), e => e.Entity.Id),
            Events = new StreamedEvents(store, filter, pageSize),
            Claims = new PagedList<Claim, ClaimKey?>(pageSize, after => [.. store.ReadClaimPage(filter, pageSize, after).Select(c => (c.Claim, (ClaimKey?)c.Key))]),
            Contradictions = new PagedList<Contradiction, string>(pageSize, after => store.ReadContradictionList(filter, pageSize, after), x => x.Id),
            Positions = new PagedList<Position, PositionKey?>(pageSize, after => [.. store.ReadPositions(positions, pageSize, after).Select(p => (p.Position, (PositionKey?)p.Key))]),
        };
    }

    /// <summary>
    /// The events of <paramref name="record"/> in <see cref="RecordView.Chronological"/> order, each with a view that
    /// answers for it (names its ids, finds its documents, tells whether it is disputed), and a view that names every
    /// entity. For a record <see cref="Open"/> gave, the events are read a page at a time, each page's view holding only
    /// the documents of its events' accounts and the contradictions about them (each read only when the caller says it
    /// looks at them: <paramref name="documents"/>, <paramref name="contradictions"/>); otherwise one view of the record
    /// serves.
    /// </summary>
    public static EventWalk Walk(ParleyRecord record, bool documents = true, bool contradictions = true)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Events is not StreamedEvents streamed)
        {
            var view = new RecordView(record);
            return new EventWalk(view, RecordView.Chronological(record.Events).Select(e => (view, e)));
        }

        var names = new RecordView(new ParleyRecord { Entities = [.. streamed.Store.ReadNamedEntities().Select(e => new EntityWithMentions(e, []))] });
        return new EventWalk(names, InDayOrder(streamed.Pages().SelectMany(page => WithViews(streamed.Store, names, page, documents, contradictions))));
    }

    /// <summary>A page of events with a view over the documents their accounts are in and the contradictions about them.</summary>
    private static IEnumerable<(RecordView View, Event Event)> WithViews(IParleyStore store, RecordView names, IReadOnlyList<Event> page, bool documents, bool contradictions)
    {
        var view = new RecordView(new ParleyRecord
        {
            Documents = documents ? store.ReadDocumentsById(page.SelectMany(e => e.Mentions).Select(m => m.DocumentId).ToHashSet(StringComparer.Ordinal)) : [],
            Events = page,
            Contradictions = contradictions ? store.ReadContradictions([.. page.Select(e => e.Id)]) : [],
        }, names);
        return page.Select(e => (view, e));
    }

    /// <summary>
    /// Events in the store's timeline order (earliest day, then id; the undated last, by id) put in
    /// <see cref="RecordView.Chronological"/> order, which sorts the events of one earliest day by their latest day
    /// before their id: only one day's events are held at a time.
    /// </summary>
    private static IEnumerable<(RecordView View, Event Event)> InDayOrder(IEnumerable<(RecordView View, Event Event)> timeline)
    {
        var day = new List<(RecordView View, Event Event)>();
        foreach (var item in timeline)
        {
            if (day.Count > 0 && day[0].Event.Date?.Earliest != item.Event.Date?.Earliest)
            {
                foreach (var held in Sorted(day))
                {
                    yield return held;
                }

                day.Clear();
            }

            day.Add(item);
        }

        foreach (var held in Sorted(day))
        {
            yield return held;
        }

        static List<(RecordView View, Event Event)> Sorted(List<(RecordView View, Event Event)> items) =>
            items.Count < 2 ? items : [.. items.OrderBy(x => x.Event.Date?.Latest).ThenBy(x => x.Event.Id, StringComparer.Ordinal)];
    }

    /// <summary>How many items the list gave when it was last enumerated; its count otherwise.</summary>
    public static int Enumerated<T>(IReadOnlyList<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list is IPaged paged ? paged.Enumerated : list.Count;
    }

    private interface IPaged
    {
        int Enumerated { get; }
    }

    /// <summary>The slice's events, read a page at a time; the store and filter are kept for <see cref="Walk"/>.</summary>
    private sealed class StreamedEvents(IParleyStore store, RecordFilter filter, int pageSize)
        : PagedList<Event, string>(pageSize, after => store.ReadEvents(filter, pageSize, after) ?? [], e => e.Id)
    {
        public IParleyStore Store => store;
    }

    /// <summary>A list read a keyset page at a time: each page after the key of the last item of the one before.</summary>
    private class PagedList<T, TKey> : IReadOnlyList<T>, IPaged
    {
        private readonly int _pageSize;
        private readonly Func<TKey?, IReadOnlyList<(T Item, TKey Key)>> _page;

        public PagedList(int pageSize, Func<TKey?, IReadOnlyList<(T Item, TKey Key)>> page) => (_pageSize, _page) = (pageSize, page);

        public PagedList(int pageSize, Func<TKey?, IReadOnlyList<T>> page, Func<T, TKey> key)
            : this(pageSize, after => [.. page(after).Select(item => (item, key(item)))])
        {
        }

        public int Enumerated { get; private set; }

        /// <summary>The pages in order, as read (the last may be short or empty).</summary>
        public IEnumerable<IReadOnlyList<T>> Pages()
        {
            var count = 0;
            TKey? after = default;
            while (true)
            {
                var page = _page(after);
                count += page.Count;
                yield return [.. page.Select(x => x.Item)];
                if (page.Count < _pageSize)
                {
                    break;
                }

                after = page[^1].Key;
            }

            Enumerated = count;
        }

        /// <summary>Counted by reading every page.</summary>
        public int Count
        {
            get
            {
                var count = 0;
                using var items = GetEnumerator();
                while (items.MoveNext())
                {
                    count++;
                }

                return count;
            }
        }

        public T this[int index] => throw new NotSupportedException("a streamed list is read in order; enumerate it");

        public IEnumerator<T> GetEnumerator() => Pages().SelectMany(page => page).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>
/// A slice's events in <see cref="RecordView.Chronological"/> order, each with a view that answers for it
/// (<see cref="StreamedRecord.Walk"/>), and a view that names every entity of the slice.
/// </summary>
/// <param name="Names">Names the ids: every named entity (and, for a record held whole, the whole record).</param>
/// <param name="Events">The events with their views, in chronological order; enumerating it again reads the store again.</param>
public sealed record EventWalk(RecordView Names, IEnumerable<(RecordView View, Event Event)> Events);
