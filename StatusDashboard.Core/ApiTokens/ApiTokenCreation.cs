using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.ApiTokens;

/// <summary>The new token, or what is wrong with the request (fields <c>name</c>, <c>scope</c>, <c>expiresAt</c>).</summary>
public sealed record ApiTokenCreation(CreatedApiToken? Created, IReadOnlyList<FieldError> Errors);
