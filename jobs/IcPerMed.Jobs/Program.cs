using IcPerMed.Jobs.Cli;

// icpermed: the composition root. Every command is defined in Cli/; this file only parses and runs.
return await IcPerMedCommand.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
