using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Core.Sla;

/// <summary>SLA evaluation settings (section <c>Sla</c>).</summary>
public sealed class SlaOptions
{
    public const string SectionName = "Sla";

    /// <summary>A period whose downtime reaches this share of the allowed downtime is at risk and raises its SLA incident early; 1 waits for the breach.</summary>
    [Range(0.0, 1.0)]
    public double AtRiskShare { get; set; } = 0.8;

    /// <summary>How often the promised elements are measured again.</summary>
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
