using Microsoft.Extensions.Logging;

namespace StatusDashboard.Core.Live;

/// <summary>
/// Tells open pages, in this process, that committed data changed. Subscribers are called without being awaited,
/// so a slow page never holds up the save that published; a failing one is logged and the others still hear.
/// </summary>
public sealed class ChangeNotifier(ILogger<ChangeNotifier> logger)
{
    private readonly Lock gate = new();

    // Copied on write, so publishing reads a stable array without taking the lock.
    private volatile Subscription[] subscribers = [];

    internal int SubscriberCount => subscribers.Length;

    /// <summary>Calls <paramref name="onChange"/> after every committed change until the result is disposed.</summary>
    public IDisposable Subscribe(Func<StatusChange, Task> onChange)
    {
        var subscription = new Subscription(this, onChange);
        lock (gate)
        {
            subscribers = [.. subscribers, subscription];
        }

        return subscription;
    }

    public void Publish(StatusChange change)
    {
        if (change.IncidentIds.Count == 0 && !change.CatalogChanged)
        {
            return;
        }

        foreach (var subscription in subscribers)
        {
            _ = NotifyAsync(subscription, change);
        }
    }

    private async Task NotifyAsync(Subscription subscription, StatusChange change)
    {
        try
        {
            await subscription.OnChange(change);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A change subscriber failed on incidents {IncidentIds}", string.Join(',', change.IncidentIds));
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            subscribers = subscribers.Where(s => s != subscription).ToArray();
        }
    }

    private sealed class Subscription(ChangeNotifier owner, Func<StatusChange, Task> onChange) : IDisposable
    {
        public Func<StatusChange, Task> OnChange { get; } = onChange;

        public void Dispose() => owner.Remove(this);
    }
}
