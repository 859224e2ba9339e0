using Microsoft.Extensions.Hosting;
using Npgsql;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// Creates Quartz's tables (the shipped quartz_tables_postgres.sql) when missing, before the scheduler starts.
/// Registered before Quartz's hosted service, since hosted services start in registration order.
/// </summary>
public sealed class QuartzTables(string connectionString) : IHostedService
{
    /// <summary>Any constant: workers starting together take turns, so none sees a half-created schema.</summary>
    private const long SetupLock = 0x1C9E_0006;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SetupLock})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = new NpgsqlCommand(await ScriptAsync(cancellationToken).ConfigureAwait(false), connection, transaction))
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<string> ScriptAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(QuartzTables).Assembly.GetManifestResourceStream("IcPerMed.Jobs.Serve.quartz_tables_postgres.sql")
            ?? throw new InvalidOperationException("quartz_tables_postgres.sql is not embedded in the program");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
