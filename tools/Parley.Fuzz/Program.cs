using System.Diagnostics;
using FsCheck.Fluent;
using Parley.Fuzz;

// The long fuzz run: parley-fuzz [--inputs N] [--target NAME]... [--size S]
// N inputs spread over the targets (default 100,000); prints each target's counts; saves crashing inputs to
// test/fuzz-corpus/TARGET/ (replayed by the test suite). Exit code 1 when anything crashed.
var total = 100_000;
var size = 100;
var names = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--inputs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
            total = n;
            i++;
            break;
        case "--size" when i + 1 < args.Length && int.TryParse(args[i + 1], out var s) && s > 0:
            size = s;
            i++;
            break;
        case "--target" when i + 1 < args.Length:
            names.Add(args[++i]);
            break;
        default:
            Console.Error.WriteLine($"parley-fuzz: unknown argument '{args[i]}'; usage: parley-fuzz [--inputs N] [--size S] [--target NAME]... (targets: {string.Join(' ', FuzzTargets.All)})");
            return 2;
    }
}

List<FuzzTarget> targets;
try
{
    targets = names.Count == 0 ? [.. FuzzTargets.All] : [.. names.Select(FuzzTargets.Named)];
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("parley-fuzz: " + e.Message);
    return 2;
}

var corpus = FuzzCorpus.Find(AppContext.BaseDirectory) ?? FuzzCorpus.Find(Environment.CurrentDirectory) ?? Path.Combine(Environment.CurrentDirectory, "fuzz-corpus");
var crashes = 0;
// A crash is saved and shown the first few times its exception type and throwing method are seen, not every time.
var seen = new Dictionary<string, int>(StringComparer.Ordinal);
var grand = Stopwatch.StartNew();
Console.WriteLine($"{"target",-8} {"inputs",9} {"accepted",9} {"rejected",9} {"crashed",8} {"seconds",8}");
foreach (var target in targets)
{
    var share = total / targets.Count + (target == targets[0] ? total % targets.Count : 0);
    var (accepted, rejected, crashed, done) = (0, 0, 0, 0);
    var clock = Stopwatch.StartNew();
    var generator = FuzzInputs.For(target.Format);
    while (done < share)
    {
        var chunk = Math.Min(1000, share - done);
        foreach (var input in Gen.Sample(generator, size, chunk))
        {
            done++;
            try
            {
                if (target.Run(input) == FuzzOutcome.Accepted)
                {
                    accepted++;
                }
                else
                {
                    rejected++;
                }
            }
            catch (Exception e)
            {
                crashed++;
                var kind = $"{target.Name}/{e.GetType().Name}/{e.TargetSite?.DeclaringType?.Name}.{e.TargetSite?.Name}";
                if ((seen[kind] = seen.GetValueOrDefault(kind) + 1) <= 3)
                {
                    var saved = FuzzCorpus.Save(corpus, target.Name, input);
                    Console.Error.WriteLine($"{target.Name}: {e.GetType().Name}: {e.Message.Split('\n')[0]} (input saved to {saved})");
                    Console.Error.WriteLine(string.Join('\n', (e.StackTrace ?? "").Split('\n').Take(6)));
                }
            }
        }
    }

    crashes += crashed;
    Console.WriteLine($"{target.Name,-8} {done,9:N0} {accepted,9:N0} {rejected,9:N0} {crashed,8:N0} {clock.Elapsed.TotalSeconds,8:0.0}");
}

Console.WriteLine($"{"all",-8} {total,9:N0} {"",9} {"",9} {crashes,8:N0} {grand.Elapsed.TotalSeconds,8:0.0}");
return crashes == 0 ? 0 : 1;
