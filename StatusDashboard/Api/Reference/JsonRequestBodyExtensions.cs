namespace StatusDashboard.Api.Reference;

/// <summary>Declares the <see cref="JsonRequestBody"/> of an endpoint.</summary>
public static class JsonRequestBodyExtensions
{
    public static RouteHandlerBuilder WithJsonBody<T>(this RouteHandlerBuilder builder) => builder.WithMetadata(new JsonRequestBody(typeof(T)));
}
