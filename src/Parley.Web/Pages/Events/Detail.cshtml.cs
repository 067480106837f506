using Microsoft.AspNetCore.Mvc;
using Parley.Model;
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

/// <summary>An event: what, when, where, who, and every account side by side.</summary>
public sealed class DetailModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The event row.</summary>
    public EventRow Row { get; private set; } = null!;

    /// <summary>Accounts grouped by the outlet's side, then outlet.</summary>
    public IReadOnlyList<IGrouping<string, IGrouping<string, AccountView>>> Groups { get; private set; } = [];

    /// <summary>Contradictions with, per side, the account and its value.</summary>
    public IReadOnlyList<(Contradiction Contradiction, IReadOnlyList<(Account? Account, OutletInfo? Outlet, string? Value, string Ref)> Sides)> Contradictions { get; private set; } = [];

    /// <summary>Shows the event.</summary>
    public IActionResult OnGet(string id)
    {
        var index = Index;
        if (!index.EventRowsById.TryGetValue(id, out var row))
        {
            return Missing($"There is no event '{id}' in the record (events are re-merged on ingest; it may have gone).");
        }

        Row = row;
        var contradictions = index.ContradictionsByEvent[id].ToList();
        IReadOnlyList<(string, string?)> DisputesOf(string reference) =>
            contradictions.Where(c => c.ClaimIds.Contains(reference)).Select(c => (c.Attribute.ToWire(), RecordViews.ValueOfClaim(c, reference))).ToList();

        var accounts = new List<AccountView>();
        foreach (var m in row.Event.Mentions)
        {
            if (index.SentenceAround(m.DocumentId, m.Span) is { } sentence)
            {
                accounts.Add(new AccountView("report", m.DocumentId, index.OutletOf(m.DocumentId), m.Span.Start, sentence, null, m.Via, DisputesOf(m.DocumentId + "#" + m.Key)));
            }
        }

        foreach (var c in index.ClaimsByEvent[id])
        {
            if (index.SentenceAround(c.DocumentId, c.Span) is { } sentence)
            {
                accounts.Add(new AccountView(c.Stance == ClaimStance.Denies ? "denial" : "claim", c.DocumentId, index.OutletOf(c.DocumentId), c.Span.Start, sentence, c.Speaker, c.Via, DisputesOf(c.Id)));
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
                var account = index.AccountOf(reference);
                var value = c.Values.Count == c.ClaimIds.Count ? c.Values[i] : null;
                return (account, account is null ? null : index.OutletOf(account.DocumentId), value, reference);
            }).ToList()))
            .ToList();
        return Page();
    }
}
