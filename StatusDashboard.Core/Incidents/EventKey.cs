namespace StatusDashboard.Core.Incidents;

/// <summary>The identity of a monitoring event: who sent it and the sender's dedup key.</summary>
public sealed record EventKey(string Source, string DedupKey)
{
    public const int MaxSourceLength = 100;
    public const int MaxDedupKeyLength = 200;

    public override string ToString() => $"{Source}/{DedupKey}";
}
