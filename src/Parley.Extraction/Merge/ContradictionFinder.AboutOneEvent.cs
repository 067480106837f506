using NodaTime;
using Parley.Model;

namespace Parley.Extraction.Merge;

public sealed partial class ContradictionFinder
{
    /// <summary>
    /// The contradictions one event holds on its own (agenda, date, counts, whether it happened), judged from its
    /// mentions and the claims about it given one at a time: a first look at each (<see cref="Observe(EventMention)"/>,
    /// <see cref="Observe(Claim)"/>) keeps only counts and the sources seen, never the claims, so an event of a hundred
    /// thousand accounts is judged from pages of them; <see cref="Decide"/> then says which contradictions it holds, and
    /// only for those are the claims (or mentions) given again (<see cref="Collect(Claim)"/>) to name them.
    /// </summary>
    /// <remarks>
    /// Two claims (or values) differ in source when their documents or speakers differ. Of two non-empty sets of them,
    /// some pair differs exactly when the sets together hold two sources or more; and among claims, some claim gives a
    /// value another claim of another source lacks exactly when the claims hold two sources and the value is given by
    /// some of them but not all. So counts and the first source seen decide what comparing every pair decided.
    /// </remarks>
    internal sealed class AboutOneEvent
    {
        // Happenings that last: two reports giving different days for them usually saw different days of it.
        private static readonly EventType[] Lasting =
            [EventType.Displacement, EventType.Blockade, EventType.SupplyCut, EventType.Protest, EventType.AidDelivery, EventType.ArmedClash];

        // The counts sources dispute: every happening's dead and wounded, a protest's crowd and the people an arrest held
        // ("the ministry said 15 were detained"; "activists put the number at 40").
        private static readonly QuantityKind[] Tolls = [QuantityKind.Killed, QuantityKind.Wounded];
        private static readonly QuantityKind[] TollsAndCrowd = [QuantityKind.Killed, QuantityKind.Wounded, QuantityKind.People];

        private readonly Event _event;
        private readonly bool _datesJudged;

        // Mentions: the single days accounts give (in order), the documents giving them, and each count kind's
        // distinct (document, value, side), in order.
        private readonly List<LocalDate> _days = [];
        private readonly HashSet<LocalDate> _daySet = [];
        private readonly Sources _dayDocuments = new();
        private readonly List<(QuantityKind Kind, List<(string DocumentId, double Value, string? Side)> All, HashSet<(string, double, string?)> Seen)> _counts;

        // Claims: every source; the agenda's topics in order; the dates given; the count claims per side; whether it happened.
        private readonly Sources _claimSources = new();
        private int _claims;
        private readonly List<string> _topics = [];
        private readonly Dictionary<string, (bool Yes, bool No, Sources Sources)> _agenda = new(StringComparer.Ordinal);
        private int _dated;
        private readonly Dictionary<string, int> _claimsGivingDate = new(StringComparer.Ordinal);
        private List<CountSide>? _countSides;
        private bool _denied;
        private bool _asserted;
        private readonly Sources _occurrenceSources = new();
        // Who claims say took part or not, in order, each with the sources saying so; and the sources saying no third party did.
        private readonly List<string> _participants = [];
        private readonly Dictionary<string, (bool Yes, bool No, List<(string, string?)> Sources)> _attendance = new(StringComparer.Ordinal);
        private readonly List<(string, string?)> _noThirdParty = [];
        private readonly HashSet<string> _ownSides = new(StringComparer.Ordinal); // participants of a side the event's own actors are
        // Where claims say it was fought, in order, each with the places it lies in and the sources saying so.
        private readonly List<string> _places = [];
        private readonly Dictionary<string, (string Containers, List<(string, string?)> Sources)> _placeSources = new(StringComparer.Ordinal);

        // What Decide found, and what Collect gathers for it.
        private string? _agendaTopic;
        private readonly List<(string ClaimId, bool Negated)> _agendaYes = [];
        private readonly List<(string ClaimId, bool Negated)> _agendaNo = [];
        private bool _datesHeld;
        private readonly List<string> _dateIds = [];
        private readonly List<string> _dateValues = [];
        private readonly List<CountSide> _countsHeld = [];
        private bool _occurrenceHeld;
        private readonly List<(string ClaimId, ClaimStance Stance)> _asserts = [];
        private readonly List<(string ClaimId, ClaimStance Stance)> _denials = [];
        // Claims denying a blame, not the happening ("Baku denied any involvement"), and whether one was seen.
        private readonly List<string> _blameDenials = [];
        private bool _blameDenied;
        private string? _participantHeld;
        private bool _thirdPartyHeld;
        private readonly List<(string ClaimId, string Value)> _attendanceClaims = [];
        private readonly HashSet<string> _placesHeld = new(StringComparer.Ordinal);
        private readonly List<(string ClaimId, string Value)> _placeClaims = [];

        // The claims collected that answer another (with it): a contradiction naming both sets them side by side.
        private readonly List<(string Claim, string Answered)> _answering = [];

        /// <summary>Judges <paramref name="e"/> (its id and type; its accounts come through <see cref="Observe(EventMention)"/>).</summary>
        public AboutOneEvent(Event e)
        {
            _event = e;
            _datesJudged = Array.IndexOf(Lasting, e.Type) < 0;
            _counts = [.. (e.Type is EventType.Protest or EventType.Arrest ? TollsAndCrowd : Tolls).Select(k => (k, new List<(string, double, string?)>(), new HashSet<(string, double, string?)>()))];
        }

        /// <summary>True when <see cref="Decide"/> wants the claims given again, in the same order.</summary>
        public bool WantsClaims { get; private set; }

        /// <summary>True when <see cref="Decide"/> wants the mentions' document ids and keys given again, in the same order.</summary>
        public bool WantsMentions { get; private set; }

        /// <summary>Looks at the event's next mention, in the event's order of accounts; all of them come before any claim.</summary>
        public void Observe(EventMention m)
        {
            if (m.Date is { IsSingleDay: true } date)
            {
                if (_daySet.Add(date.Earliest))
                {
                    _days.Add(date.Earliest);
                }

                _dayDocuments.Add(m.DocumentId, null);
            }

            foreach (var (kind, all, seen) in _counts)
            {
                foreach (var q in m.Quantities)
                {
                    if (q.Kind == kind && seen.Add((m.DocumentId, q.Value, q.Side)))
                    {
                        all.Add((m.DocumentId, q.Value, q.Side));
                    }
                }
            }
        }

        /// <summary>Looks at the next claim about the event, in document order.</summary>
        public void Observe(Claim c)
        {
            _countSides ??= CountSides();
            _claims++;
            var who = Who(c);
            _claimSources.Add(c.DocumentId, who);
            // The dates this claim gives, each counted once (made only for a claim giving one).
            HashSet<string>? countedDate = null;
            foreach (var v in c.Values)
            {
                if (v.Attribute == ContradictionAttribute.Agenda)
                {
                    if (!_agenda.TryGetValue(v.Value, out var topic))
                    {
                        _topics.Add(v.Value);
                        topic = (false, false, new Sources());
                    }

                    topic.Sources.Add(c.DocumentId, who);
                    _agenda[v.Value] = (topic.Yes || !v.Negated, topic.No || v.Negated, topic.Sources);
                }
                else if (v.Attribute == ContradictionAttribute.Participants)
                {
                    if (v.Value == Claims.Attendance.ThirdParty)
                    {
                        _noThirdParty.Add((c.DocumentId, who));
                        continue;
                    }

                    if (!_attendance.TryGetValue(v.Value, out var party))
                    {
                        _participants.Add(v.Value);
                        party = (false, false, []);
                    }

                    party.Sources.Add((c.DocumentId, who));
                    if (v.Subject is { } side && _event.Actors.Contains(side))
                    {
                        _ownSides.Add(v.Value);
                    }

                    _attendance[v.Value] = (party.Yes || !v.Negated, party.No || v.Negated, party.Sources);
                }
                else if (v.Attribute == ContradictionAttribute.Place)
                {
                    if (!_placeSources.TryGetValue(v.Value, out var place))
                    {
                        _places.Add(v.Value);
                        _placeSources[v.Value] = place = (v.Subject ?? "", []);
                    }

                    place.Sources.Add((c.DocumentId, who));
                }
                else if (v.Attribute == ContradictionAttribute.Date)
                {
                    _dated++;
                    countedDate ??= new HashSet<string>(StringComparer.Ordinal);
                    if (countedDate.Add(v.Value))
                    {
                        _claimsGivingDate[v.Value] = _claimsGivingDate.GetValueOrDefault(v.Value) + 1;
                    }
                }
            }

            foreach (var side in _countSides)
            {
                side.Observe(c, who);
            }

            var denies = c.Values.Any(v => v.Attribute == ContradictionAttribute.Occurred && v.Negated);
            var deniesBlame = DeniesBlame(c);
            _denied |= denies;
            _blameDenied |= deniesBlame;
            _asserted |= c.Stance == ClaimStance.Asserts;
            if (denies || deniesBlame || c.Stance == ClaimStance.Asserts)
            {
                _occurrenceSources.Add(c.DocumentId, who);
            }
        }

        /// <summary>Decides which contradictions the event holds, from everything observed.</summary>
        public void Decide()
        {
            _countSides ??= CountSides();
            _agendaTopic = _topics.FirstOrDefault(t => _agenda[t] is { Yes: true, No: true, Sources.Many: true });
            _datesHeld = _datesJudged && ((_days.Count >= 2 && _dayDocuments.Many) ||
                (_claimsGivingDate.Count >= 2 && _claimSources.Many && _claimsGivingDate.Values.Any(n => n < _claims)));
            foreach (var kind in _counts.Select(c => c.Kind))
            {
                // The first side whose counts differ across documents, or across the sources of the claims giving them.
                if (_countSides.FirstOrDefault(s => s.Kind == kind && (s.Documents.Many || s.SourcesDiffer)) is { } held)
                {
                    _countsHeld.Add(held);
                }
            }

            _occurrenceHeld = (_denied || _blameDenied) && _asserted && _occurrenceSources.Many;
            // A party one source says took part and another says did not; or, when a source says no third party took part,
            // a party other than the event's own that another source says did.
            _participantHeld = _participants.FirstOrDefault(p => _attendance[p] is { Yes: true, No: true } a && ManySources(a.Sources, []));
            if (_participantHeld is null && _noThirdParty.Count > 0)
            {
                _participantHeld = _participants.FirstOrDefault(p => _attendance[p] is { Yes: true } a && !_event.Actors.Contains(p) && !_ownSides.Contains(p) &&
                                                                     ManySources(a.Sources, _noThirdParty));
                _thirdPartyHeld = _participantHeld is not null;
            }

            // Two places neither of which lies in the other, said by different sources ("near Sotk"; "near Kelbajar").
            foreach (var p in _places)
            {
                if (_places.Exists(q => q != p && !Nested(p, q) && ManySources(_placeSources[p].Sources, _placeSources[q].Sources)))
                {
                    _placesHeld.Add(p);
                }
            }

            WantsClaims = _placesHeld.Count > 0 || _participantHeld is not null || _agendaTopic is not null || (_datesHeld && _dated >= 2) || _countsHeld.Count > 0 || _occurrenceHeld;
            WantsMentions = _datesHeld && _dated < 2;
        }

        /// <summary>Gives a claim again, in the order <see cref="Observe(Claim)"/> had them, to name it in what the event holds.</summary>
        public void Collect(Claim c)
        {
            if (c.Answers is { } answered)
            {
                _answering.Add((c.Id, answered));
            }

            foreach (var v in c.Values)
            {
                if (v.Attribute == ContradictionAttribute.Agenda && v.Value == _agendaTopic)
                {
                    (v.Negated ? _agendaNo : _agendaYes).Add((c.Id, v.Negated));
                }
                else if (_datesHeld && _dated >= 2 && v.Attribute == ContradictionAttribute.Date)
                {
                    _dateIds.Add(c.Id);
                    _dateValues.Add(v.Value);
                }
            }

            foreach (var v in c.Values)
            {
                if (v.Attribute == ContradictionAttribute.Participants && _participantHeld is { } held &&
                    (v.Value == held || (_thirdPartyHeld && v.Value == Claims.Attendance.ThirdParty)))
                {
                    _attendanceClaims.Add((c.Id, v.Value == Claims.Attendance.ThirdParty ? $"no {v.Value} took part" : v.Negated ? $"{held} did not take part" : $"{held} took part"));
                }
            }

            // (One claim naming two places, "in the Kalbajar and Lachin districts", is one account of where.)
            var places = string.Join("; ", c.Values.Where(v => v.Attribute == ContradictionAttribute.Place && _placesHeld.Contains(v.Value)).Select(v => v.Value));
            if (places.Length > 0)
            {
                _placeClaims.Add((c.Id, places));
            }

            foreach (var side in _countsHeld)
            {
                if (side.Gives(c))
                {
                    side.Giving.Add(c.Id);
                }
            }

            if (_occurrenceHeld)
            {
                if (c.Stance == ClaimStance.Asserts)
                {
                    _asserts.Add((c.Id, c.Stance));
                }

                if (c.Values.Any(v => v.Attribute == ContradictionAttribute.Occurred && v.Negated))
                {
                    _denials.Add((c.Id, c.Stance));
                }

                if (DeniesBlame(c))
                {
                    _blameDenials.Add(c.Id);
                }
            }
        }

        /// <summary>Gives a mention's document id and key again, in the order <see cref="Observe(EventMention)"/> had them.</summary>
        public void Collect(string documentId, string key) => _dateIds.Add($"{documentId}#{key}");

        /// <summary>Adds what the event holds to <paramref name="found"/>: agenda, date, counts, place, participants, whether it happened, in that order.</summary>
        public void AddTo(ContradictionSet found)
        {
            var id = _event.Id;
            if (_agendaTopic is { } topic)
            {
                var all = _agendaYes.Concat(_agendaNo).ToList();
                AddNoting(found, id, ContradictionAttribute.Agenda, [.. all.Select(a => a.ClaimId)], [.. all.Select(a => a.Negated ? $"{topic} not discussed" : $"{topic} discussed")]);
            }

            if (_datesHeld)
            {
                AddNoting(found, id, ContradictionAttribute.Date, [.. _dateIds], _dated >= 2 ? [.. _dateValues] : [.. _days.Select(Parley.Time.DateRange.Iso)]);
            }

            foreach (var side in _countsHeld)
            {
                var whose = side.Side is null ? "" : $" ({side.Side})";
                AddNoting(found, id, side.Attribute, [.. side.Giving], [.. side.Values.Select(v => $"{v.Value} {side.Kind.ToWire()}{whose}")]);
            }

            if (_placeClaims.Count > 0)
            {
                AddNoting(found, id, ContradictionAttribute.Place, [.. _placeClaims.Select(p => p.ClaimId)], [.. _placeClaims.Select(p => p.Value)]);
            }

            if (_participantHeld is not null)
            {
                AddNoting(found, id, ContradictionAttribute.Participants, [.. _attendanceClaims.Select(a => a.ClaimId)], [.. _attendanceClaims.Select(a => a.Value)]);
            }

            if (_occurrenceHeld && _denials.Count > 0)
            {
                var all = _asserts.Concat(_denials).ToList();
                AddNoting(found, id, ContradictionAttribute.Occurred, [.. all.Select(c => c.ClaimId)], [.. all.Select(c => c.Stance == ClaimStance.Denies ? "did not happen" : "happened")]);
            }

            if (_occurrenceHeld && _blameDenials.Count > 0)
            {
                AddNoting(found, id, ContradictionAttribute.Responsibility, [.. _asserts.Select(c => c.ClaimId), .. _blameDenials],
                    [.. _asserts.Select(_ => "blamed"), .. _blameDenials.Select(_ => "blame denied")]);
            }
        }

        // True when one of two places lies in the other (or they are one): a claim's place value carries the places it lies in.
        private bool Nested(string a, string b) =>
            a == b || _placeSources[a].Containers.Split(' ').Contains(b) || _placeSources[b].Containers.Split(' ').Contains(a);

        // True when the (document, speaker) pairs of both lists together are two or more.
        private static bool ManySources(List<(string, string?)> one, List<(string, string?)> other) =>
            one.Concat(other).Distinct().Skip(1).Any();

        // Adds one contradiction, noting the answered pairs it names (they outlive its release from the set).
        private void AddNoting(ContradictionSet found, string id, ContradictionAttribute attribute, List<string> claims, List<string> values)
        {
            Add(found, id, attribute, claims, values);
            found.NoteAnswered(claims, _answering);
        }

        /// <summary>
        /// Of each count kind, the sides whose counts differ (in the order the mentions name them): two tolls differ only
        /// when they count the same side's dead ("2 Azerbaijani servicemen" and "15 Armenian soldiers" are both true);
        /// tolls naming no side are compared with each other.
        /// </summary>
        private List<CountSide> CountSides()
        {
            var sides = new List<CountSide>();
            foreach (var (kind, all, _) in _counts)
            {
                foreach (var side in all.Select(v => v.Side).Distinct())
                {
                    var values = all.Where(v => v.Side == side).Select(v => (v.DocumentId, v.Value)).ToList();
                    if (values.Select(v => v.Value).Distinct().Count() >= 2)
                    {
                        sides.Add(new CountSide(kind, side, values));
                    }
                }
            }

            return sides;
        }

        /// <summary>
        /// One side's differing counts of one kind, and the claims giving one of them (a claim's value reads "killed:7"):
        /// one document's counts differ only as its sources do ("police said 30,000 took part; organizers put the crowd
        /// at 50,000"); a report updating its own count is no dispute.
        /// </summary>
        private sealed class CountSide
        {
            private readonly HashSet<string> _given;
            private readonly Sources _givingSources = new();
            private readonly Dictionary<string, int> _claimsGiving = new(StringComparer.Ordinal);
            private int _giving;

            public CountSide(QuantityKind kind, string? side, List<(string DocumentId, double Value)> values)
            {
                Kind = kind;
                Side = side;
                Values = values;
                Attribute = ClaimValue.AttributeOfCount(kind);
                _given = values.Select(v => ClaimValue.OfCount(kind, v.Value)).ToHashSet(StringComparer.Ordinal);
                foreach (var (document, _) in values)
                {
                    Documents.Add(document, null);
                }
            }

            public QuantityKind Kind { get; }

            public string? Side { get; }

            public ContradictionAttribute Attribute { get; }

            public List<(string DocumentId, double Value)> Values { get; }

            /// <summary>The documents giving the counts.</summary>
            public Sources Documents { get; } = new();

            /// <summary>The ids of the claims giving one of the counts, once collected.</summary>
            public List<string> Giving { get; } = [];

            /// <summary>True when two claims giving the counts, of different sources, give different values.</summary>
            public bool SourcesDiffer => _givingSources.Many && _claimsGiving.Values.Any(n => n < _giving);

            public bool Gives(Claim c) => c.Values.Any(v => v.Attribute == Attribute && _given.Contains(v.Value));

            public void Observe(Claim c, string? who)
            {
                if (!Gives(c))
                {
                    return;
                }

                _giving++;
                _givingSources.Add(c.DocumentId, who);
                foreach (var value in c.Values.Where(v => v.Attribute == Attribute).Select(v => v.Value).Distinct(StringComparer.Ordinal))
                {
                    _claimsGiving[value] = _claimsGiving.GetValueOrDefault(value) + 1;
                }
            }
        }

        /// <summary>Whether the sources (document and speaker) seen are two or more: the first one seen and whether another was.</summary>
        private sealed class Sources
        {
            private (string Document, string? Who)? _first;

            public bool Many { get; private set; }

            public void Add(string document, string? who)
            {
                if (Many)
                {
                    return;
                }

                if (_first is not { } first)
                {
                    _first = (document, who);
                }
                else if (first.Document != document || first.Who != who)
                {
                    Many = true;
                }
            }
        }
    }
}
