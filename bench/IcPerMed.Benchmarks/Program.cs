using IcPerMed.Benchmarks.Cli;

// icpermed bench ...: the benchmarks' own program. ./icpermed forwards "bench ..." here unchanged, so the commands,
// options and output are those of `icpermed bench`.
return await BenchRootCommand.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
