using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Api.Stackmon;

/// <summary>
/// How much incident history <c>GET /api/v1/component_status</c> carries per component (section <c>Api:Stackmon</c>).
/// stackmon lists every incident a component ever had, which grows without bound (25 MB for 1,000 components and
/// 20,000 incidents); ours lists what has not ended and what ended in the last <see cref="IncidentDays"/> days.
/// </summary>
public sealed class StackmonComponentOptions
{
    public const string SectionName = "Api:Stackmon";

    /// <summary>Days of ended incidents listed with each component (default 7); 0 lists only what has not ended.</summary>
    [Range(0, 36500)]
    public int IncidentDays { get; set; } = 7;
}
