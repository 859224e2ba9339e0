using System.Data.Common;
using IcPerMed.Analytics.Linking;

namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>Rebuilds <c>project_link</c> from the warehouse's shared keys, inside the caller's transaction.</summary>
internal static class ProjectLinkSql
{
    /// <summary>
    /// Every record carrying a key some other record carries too, with its funder and funding: only these can link,
    /// so a million unlinked CORDIS projects cost one grouped scan, not a million candidates.
    /// </summary>
    private static readonly string Candidates =
        $"""
        WITH keys AS (
            SELECT source, source_id, CAST('{LinkKey.EuGrant}' AS TEXT) AS kind, upper(trim(source_id)) AS code
            FROM project WHERE source IN ({string.Join(", ", LinkKey.SourcesKeyedByEuGrant.Select(s => $"'{s}'"))})
            UNION
            SELECT source, project_source_id, substr(scheme, {LinkKey.SubjectPrefix.Length + 1}), upper(trim(code))
            FROM project_subject WHERE scheme LIKE '{LinkKey.SubjectPrefix}%'),
        shared AS (SELECT kind, code FROM keys GROUP BY kind, code HAVING count(*) > 1)
        SELECT k.source, k.source_id, k.kind, k.code, p.funder_id, p.funding_eur
        FROM keys k
        JOIN shared s ON s.kind = k.kind AND s.code = k.code
        JOIN project p ON p.source = k.source AND p.source_id = k.source_id
        """;

    private const int InsertColumns = 9;
    private const int InsertBatch = 500;

    /// <summary>Replaces every link with those the current records give; returns how many records are linked.</summary>
    public static async Task<int> RelinkAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await connection.QueryAsync(transaction, Candidates, r => new LinkCandidate(r.GetString(0), r.GetString(1),
            r.GetString(2), LinkKey.Normalise(r.GetString(3)), r.GetTextOrNull(4), r.GetDecimalOrNull(5)), cancellationToken).ConfigureAwait(false);
        var links = ProjectLinker.Link(candidates);
        await connection.ExecuteAsync(transaction, "DELETE FROM project_link", cancellationToken).ConfigureAwait(false);
        // Many rows a statement: this runs inside every harvest's commit, and a round trip per link would add up.
        foreach (var chunk in links.Chunk(InsertBatch))
        {
            var rows = chunk.Select((_, r) => "(" + string.Join(", ", Enumerable.Range(r * InsertColumns + 1, InsertColumns).Select(i => $"${i}")) + ")");
            var args = chunk.SelectMany(link => new object?[]
            {
                link.Source, link.SourceId, link.LinkId, link.IsPrimary, link.FunderId, link.FundingCounted, link.Method, link.Evidence, now,
            }).ToArray();
            await connection.ExecuteAsync(transaction,
                $"INSERT INTO project_link (source, source_id, link_id, is_primary, funder_id, funding_counted, method, evidence, linked_at) VALUES {string.Join(", ", rows)}",
                cancellationToken, args).ConfigureAwait(false);
        }
        return links.Count;
    }
}
