namespace BriefingGen.Server.Work;

/// <summary>
/// A lane for engine work: at most <c>concurrent</c> jobs run at once and at most <c>queued</c>
/// wait; a job that finds the queue full is refused at once (the caller answers 429), and one that
/// runs past its time is given up on (503) while it finishes in the background, still holding its
/// place, so runaway work can never pile up beyond the cap.
/// </summary>
internal sealed class RenderGate(int concurrent, int queued)
{
    private readonly SemaphoreSlim _slots = new(concurrent, concurrent);
    private int _admitted;

    /// <summary>Jobs running or waiting now.</summary>
    public int InFlight => Volatile.Read(ref _admitted);

    /// <summary>Runs <paramref name="work"/> on the thread pool within <paramref name="timeout"/> (counted from arrival, waiting included).</summary>
    public async Task<GateResult<T>> RunAsync<T>(Func<T> work, TimeSpan timeout, CancellationToken aborted)
    {
        if (Interlocked.Increment(ref _admitted) > concurrent + queued)
        {
            Interlocked.Decrement(ref _admitted);
            return GateResult<T>.Full;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(timeout);
        try
        {
            await _slots.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref _admitted);
            return aborted.IsCancellationRequested ? GateResult<T>.Abandoned : GateResult<T>.TimedOut;
        }

        var job = Task.Run(() =>
        {
            try
            {
                return work();
            }
            finally
            {
                _slots.Release();
                Interlocked.Decrement(ref _admitted);
            }
        }, CancellationToken.None);
        try
        {
            return GateResult<T>.Done(await job.WaitAsync(deadline.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (job.IsCompletedSuccessfully)
        {
            // The deadline and the finished job crossed: the answer is here, so it is served.
            return GateResult<T>.Done(job.Result);
        }
        catch (OperationCanceledException) when (!job.IsCompleted)
        {
            return aborted.IsCancellationRequested ? GateResult<T>.Abandoned : GateResult<T>.TimedOut;
        }
    }
}
