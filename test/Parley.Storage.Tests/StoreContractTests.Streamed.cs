using Parley.Merge;
using Parley.Model;
using Parley.Time;

namespace Parley.Storage.Tests;

/// <summary>
/// A pass that stores contradictions as it finds them (<see cref="IMergeSource.UpdateContradictions"/>) and ends by
/// removing the stored ones it no longer found (<see cref="IMergeSource.RemoveContradictionsExcept"/>) leaves what
/// one <see cref="IMergeSource.ReplaceContradictions"/> of everything leaves.
/// </summary>
public abstract partial class StoreContractTests
{
    private static Contradiction DateDispute(string id, string eventId, params string[] values) => new()
    {
        Id = id, EventId = eventId, Attribute = ContradictionAttribute.Date, ClaimIds = [.. values.Select((_, i) => $"a#c{i + 1}")], Values = values,
    };

    private static string Describe(Contradiction x) => $"{x.Id}|{x.EventId}|{string.Join(",", x.ClaimIds)}|{string.Join(",", x.Values)}";

    [SkippableFact]
    public void Contradictions_stored_as_found_and_the_rest_removed_are_what_one_replacement_stores()
    {
        using var other = CreateBackend();
        using var streamed = Open();
        using var replaced = other.Open();
        foreach (var store in new[] { streamed, replaced })
        {
            store.Save(WithEvents("a", SessionEvents));
            var mentions = store.ReadMergeInputs().Mentions;
            using var session = store.BeginMerge()!;
            session.WriteEvents([], [new Event
            {
                Id = "m1", Type = EventType.Meeting, Date = DateRange.Day(2023, 9, 20), Actors = ["armenia"], Mentions = [.. mentions.Where(m => m.Key == "e1")],
            }]);
            session.ReplaceContradictions([DateDispute("x-kept", "m1", "1 May", "2 May"), DateDispute("x-gone", "m1", "3 May", "4 May"),
                DateDispute("x-changed", "m1", "5 May", "6 May")]);
            session.Commit();
        }

        List<Contradiction> next = [DateDispute("x-kept", "m1", "1 May", "2 May"), DateDispute("x-changed", "m1", "5 May", "7 May"),
            DateDispute("x-new", "m1", "8 May", "9 May")];
        using (var session = replaced.BeginMerge()!)
        {
            session.ReplaceContradictions(next);
            session.Commit();
        }

        using (var session = streamed.BeginMerge()!)
        {
            // One at a time, as a pass writing its events a part at a time finds them.
            foreach (var x in next)
            {
                session.UpdateContradictions([], [x]);
            }

            session.RemoveContradictionsExcept(next.Select(x => x.Id).ToHashSet(StringComparer.Ordinal));
            session.Commit();
        }

        var stored = streamed.ReadRecord(RecordFilter.All).Contradictions.Select(Describe).ToList();
        Assert.Equal(["x-changed|m1|a#c1,a#c2|5 May,7 May", "x-kept|m1|a#c1,a#c2|1 May,2 May", "x-new|m1|a#c1,a#c2|8 May,9 May"], stored);
        Assert.Equal(replaced.ReadRecord(RecordFilter.All).Contradictions.Select(Describe), stored);

        // Not committed: nothing removed.
        using (var session = streamed.BeginMerge()!)
        {
            session.RemoveContradictionsExcept(new HashSet<string>(StringComparer.Ordinal));
        }

        Assert.Equal(3, streamed.ReadRecord(RecordFilter.All).Contradictions.Count);
    }

    [SkippableFact]
    public void Changes_read_as_runs_of_numbers_are_cleared_and_those_stored_after_stay()
    {
        using var store = Open();
        foreach (var id in new[] { "a", "b", "c" })
        {
            store.Save(WithEvents(id, SessionEvents));
        }

        // Cleared one by one in the middle: the numbers left make two runs.
        using (var session = store.BeginMerge()!)
        {
            var all = session.ReadChanges();
            Assert.Equal(3, all.Count);
            session.ClearChanges([all.Single(c => c.DocumentId == "b").Seq]);
            session.Commit();
        }

        IReadOnlyList<(long First, long Last)> runs;
        using (var session = store.BeginMerge()!)
        {
            runs = session.ReadChangeRuns();
            Assert.Equal(2, runs.Count);
            Assert.Equal(session.ReadChanges().Select(c => c.Seq), runs.SelectMany(r => Enumerable.Range(0, (int)(r.Last - r.First + 1)).Select(i => r.First + i)));
        }

        // A document stored after the runs were read: its change stays when they are cleared.
        store.Save(WithEvents("d", SessionEvents));
        using (var session = store.BeginMerge()!)
        {
            session.ClearChangeRuns(runs);
            session.Commit();
        }

        using (var session = store.BeginMerge()!)
        {
            Assert.Equal(["d"], session.ReadChanges().Select(c => c.DocumentId));
            Assert.Single(session.ReadChangeRuns());
        }
    }
}
