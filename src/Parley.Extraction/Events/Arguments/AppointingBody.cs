using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// Who names or removes an official: the signer among the parties, else the state or authority whose office the person
/// named or removed holds.
/// </summary>
internal sealed class AppointingBody(DomainPack pack)
{
    /// <summary>
    /// Who names or removes an official: the persons among <paramref name="actors"/> when there are any ("The president
    /// of the republic, X, has sacked Y": the signer acts, not the republic the title names), else the state or
    /// authority the first of <paramref name="targets"/> with a known office serves.
    /// </summary>
    internal void SeatAppointingBody(DocumentAnalysis analysis, List<string> actors, List<string> targets, DateRange? when)
    {
        var anyPerson = false;
        foreach (var a in actors)
        {
            anyPerson |= pack.Find(a)?.Kind == EntityKind.Person;
        }

        if (anyPerson)
        {
            actors.RemoveAll(a => pack.Find(a)?.Kind != EntityKind.Person);
            return;
        }

        foreach (var t in targets)
        {
            if (OfficeHolderBody(analysis, t, when) is { } body)
            {
                actors.Clear();
                actors.Add(body);
                return;
            }
        }
    }

    /// <summary>
    /// The state or de facto authority whose office <paramref name="person"/> holds: from the role the document gives
    /// them, else from the pack's role held on <paramref name="when"/>; null when neither says.
    /// </summary>
    private string? OfficeHolderBody(DocumentAnalysis analysis, string person, DateRange? when)
    {
        var of = analysis.Roles.Where(r => r.EntityId == person).Select(r => r.Role.Of).FirstOrDefault(o => o is not null);
        if (of is null && when is { } d && pack.Find(person) is { } known)
        {
            of = known.Roles.FirstOrDefault(r => r.Of is not null && (r.IsActiveOn(d.Earliest) || r.IsActiveOn(d.Latest)))?.Of;
        }

        // A ministry or council belongs to its state: climb to the first state or authority.
        for (var body = pack.Find(of); body is not null; body = pack.Find(body.Parent))
        {
            if (body.Kind is EntityKind.State or EntityKind.Authority)
            {
                return body.Id;
            }
        }

        return null;
    }
}
