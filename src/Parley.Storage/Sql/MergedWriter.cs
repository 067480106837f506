using System.Data.Common;
using Parley.Model;

namespace Parley.Storage.Sql;

/// <summary>Replaces the cross-document results inside the caller's transaction.</summary>
internal static class MergedWriter
{
    public static void Replace(DbConnection connection, DbTransaction tx, IReadOnlyList<Event> events,
        IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds)
    {
        foreach (var sql in new[] { "DELETE FROM event_links", "DELETE FROM event_actors", "DELETE FROM event_topics", "DELETE FROM events", "DELETE FROM contradictions", "UPDATE claims SET event_id = NULL WHERE event_id IS NOT NULL" })
        {
            using var clear = connection.CreateCommand();
            clear.Transaction = tx;
            clear.CommandText = sql;
            clear.ExecuteNonQuery();
        }

        using (var insert = new RowCommand(connection, tx, """
            INSERT INTO events (id, type, status, date_earliest, date_latest, date_precision, place, actors, targets, mediators, topics, quantities)
            VALUES (@id, @type, @status, @de, @dl, @dp, @place, @actors, @targets, @mediators, @topics, @quantities)
            """, "@id", "@type", "@status", "@de", "@dl", "@dp", "@place", "@actors", "@targets", "@mediators", "@topics", "@quantities"))
        using (var link = new RowCommand(connection, tx,
            "INSERT INTO event_links (event_id, seq, doc_id, mention_key) VALUES (@event, @seq, @doc, @key)", "@event", "@seq", "@doc", "@key"))
        using (var actor = new RowCommand(connection, tx, "INSERT INTO event_actors (event_id, entity_id) VALUES (@event, @entity)", "@event", "@entity"))
        using (var topic = new RowCommand(connection, tx, "INSERT INTO event_topics (event_id, topic) VALUES (@event, @topic)", "@event", "@topic"))
        {
            foreach (var e in events)
            {
                var d = JsonColumns.Date(e.Date);
                insert.Run(e.Id, e.Type.ToWire(), e.Status.ToWire(), d.Earliest, d.Latest, d.Precision, e.Place,
                    JsonColumns.Strings(e.Actors), JsonColumns.Strings(e.Targets), JsonColumns.Strings(e.Mediators),
                    JsonColumns.Strings(e.Topics), JsonColumns.Quantities(e.Quantities));
                // The indexed side tables behind the actor and topic filters.
                foreach (var entity in e.Actors.Concat(e.Targets).Concat(e.Mediators).Distinct(StringComparer.Ordinal))
                {
                    actor.Run(e.Id, entity);
                }

                foreach (var t in e.Topics.Distinct(StringComparer.Ordinal))
                {
                    topic.Run(e.Id, t);
                }

                var seq = 0;
                foreach (var m in e.Mentions)
                {
                    link.Run(e.Id, seq++, m.DocumentId, m.Key);
                }
            }
        }

        using (var contradiction = new RowCommand(connection, tx,
            "INSERT INTO contradictions (id, event_id, attribute, claims, \"values\") VALUES (@id, @event, @attribute, @claims, @values)",
            "@id", "@event", "@attribute", "@claims", "@values"))
        {
            foreach (var x in contradictions)
            {
                contradiction.Run(x.Id, x.EventId, x.Attribute.ToWire(), JsonColumns.Strings(x.ClaimIds), JsonColumns.Strings(x.Values));
            }
        }

        using var claim = new RowCommand(connection, tx, "UPDATE claims SET event_id = @event WHERE id = @id", "@event", "@id");
        foreach (var (claimId, eventId) in claimEventIds)
        {
            claim.Run(eventId, claimId);
        }
    }
}
