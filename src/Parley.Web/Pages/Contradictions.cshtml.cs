using Microsoft.AspNetCore.Mvc;
using Parley.Model;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>All contradictions, newest first, filterable by attribute.</summary>
public sealed class ContradictionsModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The attribute filter, when set.</summary>
    public ContradictionAttribute? Attribute { get; private set; }

    /// <summary>The contradictions shown.</summary>
    public IReadOnlyList<DatedContradiction> Items { get; private set; } = [];

    /// <summary>Shows the list.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        if (EventFilter.Value(Request.Query, "attribute") is { } text)
        {
            Attribute = ClaimWire.ParseAttribute(text)
                ?? throw new BadQueryException($"'attribute' must be one of {string.Join(", ", Enum.GetValues<ContradictionAttribute>().Select(a => a.ToWire()))}; got '{text}'");
        }

        Items = PageOf(RecordViews.Contradictions(Index, Attribute));
        return Page();
    });
}
