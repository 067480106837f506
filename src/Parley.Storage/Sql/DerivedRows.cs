using System.Data.Common;

namespace Parley.Storage.Sql;

/// <summary>
/// The rows derived from the merged results as a whole (schema version 11): the disputed events and each
/// contradiction's date, in the tables the disputed filter and the list of contradictions walk in order. Written
/// again inside the transaction that stored the results, so readers never see them out of step.
/// </summary>
internal static class DerivedRows
{
    /// <summary>Writes the rows again; <paramref name="unbounded"/> lifts the time limit of each statement (a bulk load's).</summary>
    public static void Refresh(SqlParleyStore store, DbTransaction tx, bool unbounded = false)
    {
        // A few tens of thousands of rows at a million events: rewritten whole rather than tracked change by change
        // (a contradiction's event may be written again with another date while the contradiction stays as it was).
        foreach (var sql in new[]
        {
            "DELETE FROM disputed_events",
            "INSERT INTO disputed_events (event_id, date_earliest) SELECT e.id, e.date_earliest FROM events e WHERE EXISTS (SELECT 1 FROM contradictions x WHERE x.event_id = e.id)",
            "DELETE FROM contradiction_dates",
            $"""
            INSERT INTO contradiction_dates (id, attribute, day)
                SELECT x.id, x.attribute, coalesce(e.date_earliest, (SELECT max(d.published_earliest) FROM {store.JsonTextElements("x.claims", "j")}
                    JOIN claims c ON c.id = j.value JOIN documents d ON d.id = c.doc_id))
                FROM contradictions x LEFT JOIN events e ON e.id = x.event_id
            """,
        })
        {
            using var cmd = store.Command(sql, tx);
            if (unbounded)
            {
                cmd.CommandTimeout = 0;
            }

            cmd.ExecuteNonQuery();
        }
    }
}
