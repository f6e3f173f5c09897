using System.Globalization;
using BenchmarkDotNet.Running;
using BriefingGen.Benchmarks;

var sample = PolicyBrief.Sample;
switch (args)
{
    // `scaled-sample N FILE` writes the sample with every list N times as long, for the whole-process script.
    case ["scaled-sample", var times, var file] when int.TryParse(times, CultureInfo.InvariantCulture, out var n):
        File.WriteAllText(file, ScaledSample.Yaml(sample, n));
        break;

    // `sized-sample risks=5000,cooperation_areas=5000 FILE` writes the sample with those lists that long.
    case ["sized-sample", var counts, var file]:
        File.WriteAllText(file, ScaledSample.Yaml(sample, counts.Split(',').Select(c => c.Split('=')).ToDictionary(c => c[0], c => int.Parse(c[1], CultureInfo.InvariantCulture))));
        break;

    // `serve-load URL --clients N --seconds S [--pid PID] [--vary]` loads a running briefgen serve.
    case ["serve-load", .. var load]:
        return await ServeLoad.RunAsync(load);

    default:
        BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(args);
        break;
}

return 0;
