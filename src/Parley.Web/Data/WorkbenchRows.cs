using Parley.Model;
using Parley.Text;

namespace Parley.Web.Data;

/// <summary>An outlet as the workbench groups accounts by it: its name and, when the record knows it, its side.</summary>
/// <param name="Name">The name the documents give (or "unknown outlet").</param>
/// <param name="EntityId">The outlet entity, when one in the record matches the name.</param>
/// <param name="Affiliation">The outlet's affiliation (state, pro-government, independent, ...), when known.</param>
/// <param name="Country">The outlet's country (entity id), when known.</param>
public sealed record OutletInfo(string Name, string? EntityId, string? Affiliation, string? Country)
{
    /// <summary>Affiliation and country in words, or "affiliation unknown".</summary>
    public string Side => (Affiliation, Country) switch
    {
        (null, null) => "affiliation unknown",
        (not null, null) => Affiliation,
        (null, not null) => Country,
        _ => $"{Affiliation}, {Country}",
    };
}

/// <summary>One account a contradiction points at: a claim, or a document's event mention (<c>doc#key</c>).</summary>
/// <param name="Ref">The id as the contradiction gives it.</param>
/// <param name="DocumentId">The document it sits in.</param>
/// <param name="Span">Where in the document.</param>
/// <param name="Quote">The quote.</param>
/// <param name="Speaker">Who says it (entity id), when known.</param>
/// <param name="Via">The source the document cites, when known.</param>
public sealed record Account(string Ref, string DocumentId, CharSpan Span, string Quote, string? Speaker, string? Via);

/// <summary>An event with what the lists show about it: how many documents report it and whether they disagree.</summary>
/// <param name="Event">The merged event.</param>
/// <param name="SourceCount">Distinct documents that report it.</param>
/// <param name="Outlets">Names of the outlets of those documents.</param>
/// <param name="Disputed">True when a contradiction is recorded on it.</param>
public sealed record EventRow(Event Event, int SourceCount, IReadOnlySet<string> Outlets, bool Disputed);
