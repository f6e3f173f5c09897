using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BriefingGen.Benchmarks.RenderBenchmarks).Assembly).Run(args);
