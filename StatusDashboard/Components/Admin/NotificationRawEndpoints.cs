using Microsoft.AspNetCore.Http.HttpResults;
using StatusDashboard.Core.Maintenance.Review;
using StatusDashboard.Security;

namespace StatusDashboard.Components.Admin;

/// <summary>
/// The raw bytes of an inbound notification, for an operator to open in a mail client: an attachment, never rendered
/// by the browser, as <c>message/rfc822</c> (or <c>text/calendar</c> for a bare calendar).
/// </summary>
public static class NotificationRawEndpoints
{
    public static IEndpointRouteBuilder MapNotificationRawEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/notifications/{id:long}/raw", GetRawAsync)
            .WithName("NotificationRaw")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Operator)
            .ExcludeFromDescription();
        return endpoints;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> GetRawAsync(long id, NotificationReader reader, CancellationToken cancellationToken)
    {
        var raw = await reader.ReadRawAsync(id, cancellationToken);
        return raw is null ? TypedResults.NotFound() : TypedResults.File(raw.Raw, raw.ContentType, raw.FileName);
    }
}
