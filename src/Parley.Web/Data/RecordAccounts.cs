using Parley.Model;
using Parley.Storage;

namespace Parley.Web.Data;

/// <summary>The accounts contradictions point at (<c>doc#key</c> event accounts and claim ids), found without the whole record.</summary>
public static class RecordAccounts
{
    /// <summary>The accounts of <paramref name="e"/> and the <paramref name="claims"/>, by the reference a contradiction gives.</summary>
    public static Dictionary<string, Account> Of(Event? e, IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var accounts = new Dictionary<string, Account>(StringComparer.Ordinal);
        foreach (var m in e?.Mentions ?? [])
        {
            accounts.TryAdd(m.DocumentId + "#" + m.Key, new Account(m.DocumentId + "#" + m.Key, m.DocumentId, m.Span, m.Quote, null, m.Via));
        }

        foreach (var c in claims)
        {
            accounts[c.Id] = new Account(c.Id, c.DocumentId, c.Span, c.Quote, c.Speaker, c.Via);
        }

        return accounts;
    }

    /// <summary>
    /// The accounts with these references, read from the store: a reference is a claim id or <c>doc#key</c>, so each is
    /// looked for among its document's claims, then among its event accounts. References found in neither are left out.
    /// </summary>
    public static IReadOnlyList<Account> Read(IParleyStore store, IReadOnlyCollection<string> references)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(references);
        var wanted = references.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, Account>(StringComparer.Ordinal);
        var split = wanted.Select(r => (Ref: r, At: r.LastIndexOf('#'))).Where(x => x.At > 0).Select(x => (x.Ref, Doc: x.Ref[..x.At], Key: x.Ref[(x.At + 1)..])).ToList();
        foreach (var doc in split.Select(x => x.Doc).Distinct(StringComparer.Ordinal).Take(500))
        {
            foreach (var c in store.ReadClaims(new ClaimFilter { DocumentId = doc }, 10_000, null).Where(c => wanted.Contains(c.Id)))
            {
                found.TryAdd(c.Id, new Account(c.Id, c.DocumentId, c.Span, c.Quote, c.Speaker, c.Via));
            }
        }

        var mentions = split.Where(x => !found.ContainsKey(x.Ref)).Select(x => (x.Doc, x.Key)).ToList();
        foreach (var m in mentions.Count == 0 ? [] : store.ReadEventMentions(mentions))
        {
            var reference = m.DocumentId + "#" + m.Key;
            found.TryAdd(reference, new Account(reference, m.DocumentId, m.Span, m.Quote, null, m.Via));
        }

        return [.. found.Values];
    }
}
