using System.Text;
using Parley.Fuzz;
using SharpFuzz;

// The coverage-guided fuzz harness, run by afl-fuzz through scripts/sharpfuzz.sh:
//   parley-sharpfuzz TARGET                   one afl-fuzz target (html md jsonl feed date ...): reads inputs from afl
//   parley-sharpfuzz TARGET --seeds DIR       writes the target's built-in seed documents to DIR
//   parley-sharpfuzz TARGET --replay FILE...  runs saved inputs once each, without afl, and says what they did
// A crash is what it is for parley-fuzz: any exception escaping FuzzTarget.Run (the readers turn every input they
// refuse into a ReadFailure naming it, so only an unhandled exception or a broken promise gets out).
if (args.Length == 0)
{
    Console.Error.WriteLine($"usage: parley-sharpfuzz TARGET [--seeds DIR | --replay FILE...] (targets: {string.Join(' ', FuzzTargets.All)})");
    return 2;
}

if (args.Length == 1)
{
    // Nothing instrumented may run before SharpFuzz has set up afl's shared memory (the instrumented assemblies
    // write their coverage there), so the target is looked up inside the first run, not here.
    // Out of process: a stack overflow from deep nesting kills the child, which afl then records as a crash,
    // instead of killing the fork server.
    FuzzTarget? fuzzed = null;
    Fuzzer.OutOfProcess.Run(stream =>
    {
        fuzzed ??= FuzzTargets.Named(args[0]);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        fuzzed.Run(buffer.ToArray());
    });
    return 0;
}

// The modes below run without afl, so they need the uninstrumented build (tools/Parley.SharpFuzz/bin).
FuzzTarget target;
try
{
    target = FuzzTargets.Named(args[0]);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("parley-sharpfuzz: " + e.Message);
    return 2;
}

switch (args[1])
{

    case "--seeds" when args.Length == 3:
        Directory.CreateDirectory(args[2]);
        var seeds = FuzzInputs.Seeds(target.Format);
        for (var i = 0; i < seeds.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(args[2], $"seed-{i:D2}"), Encoding.UTF8.GetBytes(seeds[i]));
        }

        return 0;

    case "--replay" when args.Length > 2:
        var crashed = 0;
        foreach (var file in args.Skip(2))
        {
            try
            {
                Console.WriteLine($"{file}: {target.Run(File.ReadAllBytes(file))}");
            }
            catch (Exception e)
            {
                crashed++;
                Console.WriteLine($"{file}: CRASH {e.GetType().Name}: {e.Message.Split('\n')[0]}");
                Console.WriteLine(string.Join('\n', (e.StackTrace ?? "").Split('\n').Take(8)));
            }
        }

        return crashed == 0 ? 0 : 1;

    default:
        Console.Error.WriteLine("usage: parley-sharpfuzz TARGET [--seeds DIR | --replay FILE...]");
        return 2;
}
