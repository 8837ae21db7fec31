using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StatusDashboard.Core.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as Unix milliseconds (UTC), which SQLite compares and orders exactly.</summary>
public sealed class UtcMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
