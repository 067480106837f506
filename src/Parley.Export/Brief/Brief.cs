using Parley.Export.Views;

namespace Parley.Export.Brief;

/// <summary>A situation report over a period: sections of cited statements and the quotes they cite.</summary>
/// <param name="Title">The title.</param>
/// <param name="From">First day, ISO.</param>
/// <param name="To">Last day, ISO.</param>
/// <param name="Topic">The topic it is limited to, if any.</param>
/// <param name="Documents">Number of documents the cited quotes come from.</param>
/// <param name="Sections">Key events, disagreements, positions.</param>
/// <param name="Citations">The quotes, numbered from 1 in the order they are first cited.</param>
public sealed record SituationBrief(
    string Title, string From, string To, string? Topic, int Documents, IReadOnlyList<BriefSection> Sections, IReadOnlyList<CitationView> Citations);

/// <summary>A section of a brief.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Statements">Its statements, each cited.</param>
/// <param name="WhenEmpty">What to print when it has no statements.</param>
/// <param name="Groups">Optional sub-headings: statements with the same group are printed together under it.</param>
/// <param name="Note">A line printed after the statements, when the section lists only some of what the record holds.</param>
public sealed record BriefSection(string Heading, IReadOnlyList<BriefStatement> Statements, string WhenEmpty, bool Groups = false, string? Note = null);

/// <summary>One statement: a sequence of parts, each followed by the citations backing it.</summary>
/// <param name="Parts">The parts, in reading order.</param>
/// <param name="Group">The sub-heading it belongs under (a party's name), if the section groups.</param>
public sealed record BriefStatement(IReadOnlyList<BriefPart> Parts, string? Group = null)
{
    /// <summary>Every citation number of the statement.</summary>
    public IEnumerable<int> Citations => Parts.SelectMany(p => p.Citations);
}

/// <summary>Text made from the record by a template, and the numbers of the quotes that back it.</summary>
/// <param name="Text">Plain text (renderers escape it).</param>
/// <param name="Citations">1-based numbers into <see cref="SituationBrief.Citations"/>.</param>
public sealed record BriefPart(string Text, IReadOnlyList<int> Citations);

/// <summary>Writes a brief in one output format.</summary>
public interface IBriefRenderer
{
    /// <summary>The format's name (<c>md</c>, <c>html</c>).</summary>
    string Name { get; }

    /// <summary>Writes <paramref name="brief"/> as text.</summary>
    void Render(SituationBrief brief, TextWriter output);
}
