using System.Collections;
using Parley.Model;
using Parley.Storage;

namespace Parley.Export.Views;

/// <summary>
/// The record (or the slice a filter selects) as <see cref="IParleyStore.ReadRecord"/> gives it, but read a page at a
/// time while it is enumerated, so an exporter that walks each list once (the parley/1 exporter) writes a store of a
/// million events in the memory of a page. The lists cannot be indexed; each enumeration reads the store again.
/// </summary>
public static class StreamedRecord
{
    /// <summary>Rows read from the store at a time.</summary>
    public const int PageSize = 2000;

    /// <summary>The record <paramref name="filter"/> selects, each list read a page at a time as it is enumerated.</summary>
    public static ParleyRecord Open(IParleyStore store, RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var positions = new PositionFilter { Actor = filter.Actor, Topic = filter.Topic, Period = filter.Period };
        return new ParleyRecord
        {
            // Every document and every named entity, filtered or not, as the whole record's slice has them.
            Documents = new PagedList<Document, string>(after => store.ReadDocumentPage(new DocumentFilter(), PageSize, after), d => d.Id),
            Entities = new PagedList<EntityWithMentions, string>(after => store.ReadEntityPage(PageSize, after), e => e.Entity.Id),
            Events = new PagedList<Event, string>(after => store.ReadEvents(filter, PageSize, after) ?? [], e => e.Id),
            Claims = new PagedList<Claim, ClaimKey?>(after => [.. store.ReadClaimPage(filter, PageSize, after).Select(c => (c.Claim, (ClaimKey?)c.Key))]),
            Contradictions = new PagedList<Contradiction, string>(after => store.ReadContradictionList(filter, PageSize, after), x => x.Id),
            Positions = new PagedList<Position, PositionKey?>(after => [.. store.ReadPositions(positions, PageSize, after).Select(p => (p.Position, (PositionKey?)p.Key))]),
        };
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

    /// <summary>A list read a keyset page at a time: each page after the key of the last item of the one before.</summary>
    private sealed class PagedList<T, TKey> : IReadOnlyList<T>, IPaged
    {
        private readonly Func<TKey?, IReadOnlyList<(T Item, TKey Key)>> _page;

        public PagedList(Func<TKey?, IReadOnlyList<(T Item, TKey Key)>> page) => _page = page;

        public PagedList(Func<TKey?, IReadOnlyList<T>> page, Func<T, TKey> key) => _page = after => [.. page(after).Select(item => (item, key(item)))];

        public int Enumerated { get; private set; }

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

        public IEnumerator<T> GetEnumerator()
        {
            var count = 0;
            TKey? after = default;
            while (true)
            {
                var page = _page(after);
                foreach (var (item, _) in page)
                {
                    count++;
                    yield return item;
                }

                if (page.Count < PageSize)
                {
                    break;
                }

                after = page[^1].Key;
            }

            Enumerated = count;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
