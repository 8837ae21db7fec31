namespace StatusDashboard.Api.Reference;

/// <summary>
/// Endpoint metadata: the JSON body an endpoint reads itself (so that a bad body is its own problem answer, not a
/// routing 415), for the OpenAPI document to describe. Unlike <c>Accepts</c> it does not take part in routing.
/// </summary>
public sealed record JsonRequestBody(Type Type);
