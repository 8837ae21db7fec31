using System.Diagnostics;

namespace StatusDashboard.Tests.Maintenance.Imap;

/// <summary>Waits for something the background service does, failing with <paramref name="what"/> if it never happens.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                throw new TimeoutException($"{what} did not happen within {seconds} s; last seen: {value}");
            }

            await Task.Delay(100);
        }
    }
}
