using Parley.Model;

namespace Parley.Extraction.Entities;

/// <summary>A mention with the tokens it covers, for later stages that reason over token positions.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="FirstToken">First document token.</param>
/// <param name="LastToken">Last document token.</param>
/// <param name="Kind">The entity's kind.</param>
/// <param name="ViaTitle">True when the mention is a demonym before a title ("Russian President").</param>
public sealed record LinkedMention(EntityMention Mention, int FirstToken, int LastToken, EntityKind Kind, bool ViaTitle = false);

/// <summary>All linked mentions of a document in token order (a pipeline feature).</summary>
public sealed class LinkedMentions
{
    /// <summary>The mentions, in text order.</summary>
    public List<LinkedMention> Items { get; } = [];

    /// <summary>Mentions whose tokens lie inside [first, last].</summary>
    public IEnumerable<LinkedMention> Within(int first, int last) =>
        Items.Where(m => m.FirstToken >= first && m.LastToken <= last);
}
