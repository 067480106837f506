using Microsoft.AspNetCore.Mvc;
using Parley.Model;
using Parley.Storage;
using Parley.Web.Data;

namespace Parley.Web.Pages.Events;

/// <summary>One account on the event page: an event mention or a claim, with its outlet and sentence.</summary>
/// <param name="Kind">"report" (event mention) or "claim".</param>
/// <param name="DocumentId">The document.</param>
/// <param name="Outlet">The document's outlet and side.</param>
/// <param name="Start">Offset of the quote.</param>
/// <param name="Sentence">The sentence split around the quote.</param>
/// <param name="Speaker">Who speaks (claims).</param>
/// <param name="Via">The source cited.</param>
/// <param name="Disputes">Contradiction attribute and this account's value, for each contradiction naming it.</param>
public sealed record AccountView(string Kind, string DocumentId, OutletInfo Outlet, int Start, (string Before, string Quote, string After) Sentence,
    string? Speaker, string? Via, IReadOnlyList<(string Attribute, string? Value)> Disputes);

/// <summary>
/// An event: what, when, where, who, and every account side by side. Reads the event, its claims and contradictions and
/// the documents of its accounts by id from the store, never the whole record.
/// </summary>
public sealed class DetailModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>Claims read for one event at most (a page shows them all side by side).</summary>
    public const int ClaimsShown = 1000;

    /// <summary>The event row.</summary>
    public EventRow Row { get; private set; } = null!;

    /// <summary>Names of the entities the page shows.</summary>
    public IEntityNames Names { get; private set; } = null!;

    /// <summary>The documents of the accounts shown.</summary>
    public PageDocuments Documents { get; private set; } = null!;

    /// <summary>Accounts grouped by the outlet's side, then outlet.</summary>
    public IReadOnlyList<IGrouping<string, IGrouping<string, AccountView>>> Groups { get; private set; } = [];

    /// <summary>Contradictions with, per side, the account and its value.</summary>
    public IReadOnlyList<(Contradiction Contradiction, IReadOnlyList<(Account? Account, OutletInfo? Outlet, string? Value, string Ref)> Sides)> Contradictions { get; private set; } = [];

    /// <summary>Shows the event.</summary>
    public IActionResult OnGet(string id)
    {
        var catalog = Reader.Catalog;
        Names = catalog;
        var read = Reader.Read<(Event Event, IReadOnlyList<Claim> Claims, IReadOnlyList<Contradiction> Contradictions, Dictionary<string, Account> Accounts, IReadOnlyList<Document> Documents)?>(store =>
        {
            if (store.ReadEventsById([id]) is not [var found])
            {
                return null;
            }

            var claims = store.ReadClaims(new ClaimFilter { EventId = id }, ClaimsShown, null);
            var contradictions = store.ReadContradictions([id]);
            // What the contradictions point at: this event's accounts and claims, else each looked up by its document.
            var accounts = RecordAccounts.Of(found, claims);
            var missing = contradictions.SelectMany(c => c.ClaimIds).Where(r => !accounts.ContainsKey(r)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var account in RecordAccounts.Read(store, missing))
            {
                accounts.TryAdd(account.Ref, account);
            }

            var documents = store.ReadDocumentsById([.. found.Mentions.Select(m => m.DocumentId).Concat(claims.Select(c => c.DocumentId)).Concat(accounts.Values.Select(a => a.DocumentId))]);
            return (found, claims, contradictions, accounts, documents);
        });
        if (read is not { } r)
        {
            return Missing($"There is no event '{id}' in the record (events are re-merged on ingest; it may have gone).");
        }

        var contradictions = r.Contradictions;
        Row = new EventRow(r.Event, r.Event.Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count(), new HashSet<string>(), contradictions.Count > 0);
        var documents = Documents = new PageDocuments(r.Documents, catalog);
        IReadOnlyList<(string, string?)> DisputesOf(string reference) =>
            contradictions.Where(c => c.ClaimIds.Contains(reference)).Select(c => (c.Attribute.ToWire(), RecordViews.ValueOfClaim(c, reference))).ToList();

        var accounts = new List<AccountView>();
        foreach (var m in r.Event.Mentions)
        {
            if (documents.SentenceAround(m.DocumentId, m.Span) is { } sentence)
            {
                accounts.Add(new AccountView("report", m.DocumentId, documents.OutletOf(m.DocumentId), m.Span.Start, sentence, null, m.Via, DisputesOf(m.DocumentId + "#" + m.Key)));
            }
        }

        foreach (var c in r.Claims)
        {
            if (documents.SentenceAround(c.DocumentId, c.Span) is { } sentence)
            {
                accounts.Add(new AccountView(c.Stance == ClaimStance.Denies ? "denial" : "claim", c.DocumentId, documents.OutletOf(c.DocumentId), c.Span.Start, sentence, c.Speaker, c.Via, DisputesOf(c.Id)));
            }
        }

        Groups = accounts
            .GroupBy(a => a.Outlet.Name)
            .GroupBy(g => g.First().Outlet.Side)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        Contradictions = contradictions
            .Select(c => (c, (IReadOnlyList<(Account?, OutletInfo?, string?, string)>)c.ClaimIds.Select((reference, i) =>
            {
                var account = r.Accounts.GetValueOrDefault(reference);
                var value = c.Values.Count == c.ClaimIds.Count ? c.Values[i] : null;
                return (account, account is null ? null : documents.OutletOf(account.DocumentId), value, reference);
            }).ToList()))
            .ToList();
        return Page();
    }
}
