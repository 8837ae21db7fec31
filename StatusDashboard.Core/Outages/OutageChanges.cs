using System.Threading.Channels;

namespace StatusDashboard.Core.Outages;

/// <summary>Elements whose detected outages changed, passed from the detector to the monitor that updates the page, so the page follows within a moment.</summary>
public sealed class OutageChanges
{
    private readonly Channel<IReadOnlySet<int>> channel = Channel.CreateUnbounded<IReadOnlySet<int>>(new UnboundedChannelOptions { SingleReader = true });

    public void Publish(IReadOnlySet<int> elements)
    {
        if (elements.Count > 0)
        {
            channel.Writer.TryWrite(elements);
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for changes and returns every element changed meanwhile (empty on time-out).</summary>
    public async Task<IReadOnlySet<int>> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var changed = new HashSet<int>();
        try
        {
            await channel.Reader.WaitToReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return changed;
        }

        while (channel.Reader.TryRead(out var elements))
        {
            changed.UnionWith(elements);
        }

        return changed;
    }
}
