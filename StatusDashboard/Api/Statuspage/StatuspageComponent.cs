using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Statuspage;

/// <summary>
/// A Statuspage component: one of our components (service in a region, id <c>c-N</c>) or the group of one category
/// (id <c>g-N</c>, <see cref="Group"/> true, <see cref="Components"/> listing its members). <see cref="Components"/>
/// is null for a member, as Statuspage leaves it out.
/// </summary>
public sealed record StatuspageComponent(
    string Id,
    string Name,
    string Status,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    int Position,
    string? Description,
    bool Showcase,
    string? StartDate,
    string? GroupId,
    string PageId,
    bool Group,
    bool OnlyShowIfDegraded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Components);
