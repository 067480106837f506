namespace Parley.Extraction.Entities;

/// <summary>Which document tokens already belong to an entity mention, shared by the entity stages.</summary>
public sealed class TokenCoverage(int tokenCount)
{
    private readonly string?[] _entityAt = new string?[tokenCount];

    /// <summary>The entity id covering token <paramref name="index"/>, or null.</summary>
    public string? EntityAt(int index) => index >= 0 && index < _entityAt.Length ? _entityAt[index] : null;

    /// <summary>True when any token in [first, last] is covered.</summary>
    public bool Any(int first, int last)
    {
        for (var i = Math.Max(0, first); i <= last && i < _entityAt.Length; i++)
        {
            if (_entityAt[i] is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks [first, last] as naming <paramref name="entityId"/>.</summary>
    public void Mark(int first, int last, string entityId)
    {
        for (var i = first; i <= last; i++)
        {
            _entityAt[i] = entityId;
        }
    }
}
