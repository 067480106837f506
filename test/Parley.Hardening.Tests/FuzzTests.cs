using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Fuzz;

namespace Parley.Hardening.Tests;

/// <summary>
/// The fast sample of the fuzz run (<c>scripts/fuzz.sh</c> runs 100,000 inputs): a few hundred generated inputs for
/// each reader, the date parser and the pack loader, none of which may throw or reject without naming the input;
/// and every input in test/fuzz-corpus replayed.
/// </summary>
public sealed class FuzzTests
{
    private const int Sample = 300;

    private static Property Handles(string target) =>
        Prop.ForAll(FuzzInputs.For(FuzzTargets.Named(target).Format).ToArbitrary(), (byte[] input) =>
        {
            // Any exception (a crash, or a rejection that names no input) fails the property and shows the input.
            var outcome = FuzzTargets.Named(target).Run(input);
            return outcome is FuzzOutcome.Accepted or FuzzOutcome.Rejected;
        });

    [Property(MaxTest = Sample)]
    public Property Txt_reader_handles_every_input() => Handles("txt");

    [Property(MaxTest = Sample)]
    public Property Markdown_reader_handles_every_input() => Handles("md");

    [Property(MaxTest = Sample)]
    public Property Html_reader_handles_every_input() => Handles("html");

    [Property(MaxTest = Sample)]
    public Property Jsonl_reader_handles_every_input() => Handles("jsonl");

    [Property(MaxTest = Sample)]
    public Property Feed_reader_handles_every_input() => Handles("feed");

    [Property(MaxTest = Sample)]
    public Property Date_parser_handles_every_input() => Handles("date");

    [Property(MaxTest = 100)]
    public Property Pack_loader_handles_every_input() => Handles("pack");

    [Property(MaxTest = Sample)]
    public Property Extraction_handles_every_text_and_quotes_it_exactly() => Handles("extract");

    [Fact]
    public void Every_generator_produces_inputs_its_target_accepts_and_rejects()
    {
        // A generator that only ever makes garbage would test nothing but the first check of each reader.
        foreach (var target in FuzzTargets.All)
        {
            var outcomes = Gen.Sample(FuzzInputs.For(target.Format), 50, 400).Select(target.Run).ToList();
            Assert.True(outcomes.Contains(FuzzOutcome.Accepted), $"{target}: no generated input was accepted");
            Assert.True(outcomes.Contains(FuzzOutcome.Rejected), $"{target}: no generated input was rejected");
        }
    }

    public static TheoryData<string, string> CorpusInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (target, file) in FuzzCorpus.Inputs(FuzzCorpus.Find(AppContext.BaseDirectory) ?? ""))
        {
            data.Add(target, Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusInputs))]
    public void Crashing_inputs_found_before_are_handled(string target, string file)
    {
        var path = Path.Combine(FuzzCorpus.Find(AppContext.BaseDirectory)!, target, file);
        var outcome = FuzzTargets.Named(target).Run(File.ReadAllBytes(path));
        Assert.True(outcome is FuzzOutcome.Accepted or FuzzOutcome.Rejected);
    }

    [Fact]
    public void The_corpus_of_crashing_inputs_is_replayed()
    {
        Assert.NotEmpty(CorpusInputs());
    }
}
