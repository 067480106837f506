using Parley.Export.Views;

namespace Parley.Export.Tests;

public sealed class RecordViewTests
{
    private readonly RecordView _view = new(SampleRecord.Create());

    [Theory]
    [InlineData("belmor")]
    [InlineData("Belmor")]
    [InlineData("BELMOR")]
    [InlineData("Bëlmor")]
    [InlineData("  belmor ")]
    public void Actors_are_found_by_id_name_or_alias_ignoring_case_and_accents(string given) =>
        Assert.Equal("belmor", _view.FindActor(given).EntityId);

    [Fact]
    public void An_alias_finds_its_entity()
    {
        Assert.Equal("ardania", _view.FindActor("Republic of Ardania").EntityId);
        Assert.Equal("ardania", _view.FindActor("ardanian  government.").EntityId);
    }

    [Fact]
    public void An_unknown_actor_gets_the_closest_name_as_a_suggestion()
    {
        var lookup = _view.FindActor("Ardanai");
        Assert.Null(lookup.EntityId);
        Assert.Equal("Ardania", lookup.Suggestion);
        Assert.Null(_view.FindActor("zzzzqqqq").Suggestion);
    }

    [Fact]
    public void Places_are_not_actors() => Assert.Null(_view.FindActor("Castelford").EntityId);

    [Fact]
    public void Timeline_is_chronological_with_undated_events_last()
    {
        var ids = _view.Timeline().Select(e => e.Id).ToList();
        Assert.Equal(["2023-05-03-meeting-castelford", "2023-05-06-armed-clash-dunmere", "appointment-belmor"], ids);
        var meeting = _view.Timeline()[0];
        Assert.Equal("2023-05-03..2023-05-04", meeting.Date);
        Assert.Equal(["Ardania", "Belmor"], meeting.Actors);
        Assert.Equal("Castelford", meeting.Place);
        Assert.True(meeting.Contradicted);
    }

    [Fact]
    public void Contradiction_accounts_resolve_to_claims_and_event_mentions()
    {
        var x1 = _view.Contradictions().Single(x => x.Id == "x1");
        Assert.Equal(["2023-05-03", "2023-05-04"], x1.Sides.Select(s => s.Value));
        Assert.Equal(("a", "Ardania Today"), (x1.Sides[0].Citation!.DocumentId, x1.Sides[0].Speaker)); // "a#e1": an event mention
        Assert.Equal(("b", "Belmor"), (x1.Sides[1].Citation!.DocumentId, x1.Sides[1].Speaker));         // "b#c1": a claim with a speaker
        Assert.Equal("a Belmor official said", x1.Sides[1].Citation!.Quote);
    }

    [Fact]
    public void Count_contradictions_without_claims_cite_the_accounts_giving_each_count()
    {
        var x2 = _view.Contradictions().Single(x => x.Id == "x2");
        Assert.Equal(["b", "c"], x2.Sides.Select(s => s.Citation!.DocumentId));
    }

    [Fact]
    public void Event_detail_puts_each_document_account_side_by_side()
    {
        var detail = _view.Detail("2023-05-03-meeting-castelford")!;
        Assert.Equal(["a", "b"], detail.Accounts.Select(a => a.Citation.DocumentId));
        Assert.Equal(["2023-05-03", "2023-05-04"], detail.Accounts.Select(a => a.Date));
        Assert.Single(detail.Accounts[1].Claims);
        Assert.Single(detail.Contradictions);
        Assert.Null(_view.Detail("no-such-event"));
        Assert.Equal("2023-05-03-meeting-castelford", _view.SuggestEvent("2023-05-03-meeting-castleford"));
    }

    [Fact]
    public void Actor_profile_lists_roles_in_events_and_moving_positions()
    {
        var ardania = _view.Actor("ardania")!;
        Assert.Equal([("actor", "2023-05-03-meeting-castelford"), ("target", "2023-05-06-armed-clash-dunmere")], ardania.Events.Select(e => (e.Role, e.Event.Id)));
        var track = Assert.Single(ardania.Positions);
        Assert.Equal(["demands", "rejects"], track.Steps.Select(s => s.Detail));
        Assert.True(track.Moved);
        Assert.False(_view.Actor("belmor")!.Positions.Single().Moved);
        Assert.Equal("mediator", _view.Actor("northern-union")!.Events.Single().Role);
    }

    [Fact]
    public void Sources_count_documents_claims_and_events_only_one_outlet_reports()
    {
        var sources = _view.Sources().ToDictionary(s => s.Outlet);
        Assert.Equal((1, 0, 1), (sources["Ardania Today"].Documents, sources["Ardania Today"].Claims, sources["Ardania Today"].Events));
        Assert.Empty(sources["Ardania Today"].SoleEvents); // the meeting is also in Belmor <Wire>
        Assert.Equal(1, sources["Belmor <Wire>"].Claims);
        Assert.Equal(["appointment-belmor"], sources[RecordView.UnknownOutlet].SoleEvents);
    }
}
