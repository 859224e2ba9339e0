namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// Walks a stream of project parts in key order (<see cref="KeyOrder"/>) beside a stream of projects in the same order,
/// handing each project its parts: a merge join in C#, so neither stream is held in memory.
/// </summary>
internal sealed class ProjectPartCursor<T>(IAsyncEnumerable<ProjectPart<T>> parts, string what, CancellationToken cancellationToken) : IAsyncDisposable
{
    private readonly IAsyncEnumerator<ProjectPart<T>> parts = parts.GetAsyncEnumerator(cancellationToken);
    private bool started;
    private bool has;

    /// <summary>
    /// The parts of project (<paramref name="source"/>, <paramref name="sourceId"/>), in the stream's order. Projects must
    /// be asked for in key order; parts of a key never asked for (a project not stored) are passed over.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream is not in key order: merging it would hand parts to the wrong project.</exception>
    public async Task<IReadOnlyList<T>> TakeAsync(string source, string sourceId)
    {
        if (!started)
        {
            has = await parts.MoveNextAsync().ConfigureAwait(false);
            started = true;
        }
        List<T>? taken = null;
        while (has)
        {
            var current = parts.Current;
            var order = KeyOrder.Compare(current.Source, current.SourceId, source, sourceId);
            if (order > 0) break;
            if (order == 0) (taken ??= []).Add(current.Part);
            has = await parts.MoveNextAsync().ConfigureAwait(false);
            if (has && KeyOrder.Compare(parts.Current, current) < 0)
                throw new InvalidOperationException(
                    $"{what} are not in key order: ({parts.Current.Source}, {parts.Current.SourceId}) came after ({current.Source}, {current.SourceId})");
        }
        return taken ?? (IReadOnlyList<T>)[];
    }

    public ValueTask DisposeAsync() => parts.DisposeAsync();
}
