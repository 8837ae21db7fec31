using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// Reads the optional <c>sla_promises</c> section: each promise's name, uptime, interval, minimum outage, maintenance
/// treatment, credit tiers and providers. Whether circuits name a promise that exists and applies to their provider is
/// checked when the catalog is applied.
/// </summary>
internal static partial class SlaPromiseSection
{
    public const string Name = "sla_promises";

    private const int MaxNameLength = 200;

    private static readonly Dictionary<string, SlaIntervalKind> Intervals = new(StringComparer.Ordinal)
    {
        ["calendar-month"] = SlaIntervalKind.CalendarMonth,
        ["turn-up-month"] = SlaIntervalKind.TurnUpMonth,
        ["30-days"] = SlaIntervalKind.ThirtyDays,
    };

    private static readonly Dictionary<string, MaintenanceTreatment> Treatments = new(StringComparer.Ordinal)
    {
        ["exclude-from-downtime"] = MaintenanceTreatment.ExcludeFromDowntime,
        ["exclude-from-downtime-and-period"] = MaintenanceTreatment.ExcludeFromDowntimeAndPeriod,
    };

    public static void Read(YamlNode section, CatalogParseContext context) => context.ReadMappingList(
        section, Name, "SLA promise", ["name", "uptime", "interval", "minimum_outage", "maintenance", "credits", "providers"], (values, entry, label) =>
        {
            var valid = context.TryReadRequired(values, entry, "name", label, MaxNameLength, out var name);
            label = valid ? $"SLA promise '{name}'" : label;
            valid &= TryReadPercent(values, entry, "uptime", label, context, out var uptime);
            valid &= TryReadChoice(values, "interval", label, Intervals, SlaIntervalKind.CalendarMonth, context, out var interval);
            valid &= TryReadDuration(values, "minimum_outage", label, context, out var minimum);
            valid &= TryReadChoice(values, "maintenance", label, Treatments, MaintenanceTreatment.ExcludeFromDowntime, context, out var maintenance);
            valid &= TryReadCredits(values.GetValueOrDefault("credits"), label, context, out var credits);
            valid &= context.TryReadTextList(values.GetValueOrDefault("providers"), $"{label}: a provider", MaxNameLength, out var providers);
            if (valid)
            {
                context.SlaPromises.Add(new SlaPromiseDefinition(
                    name, uptime, interval, minimum, maintenance, credits, [.. providers.Select(p => new ElementReference(p.Text, p.Line, p.Column))],
                    (int)entry.Start.Line, (int)entry.Start.Column));
            }
        });

    private static bool TryReadPercent(
        IReadOnlyDictionary<string, YamlNode> values, YamlNode entry, string key, string label, CatalogParseContext context, out decimal percent)
    {
        percent = 0m;
        if (!context.TryReadRequired(values, entry, key, label, 32, out var text))
        {
            return false;
        }

        if (!decimal.TryParse(text.TrimEnd('%').Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent) || percent <= 0m || percent > 100m)
        {
            context.Error(values[key], $"{label}: '{key}' must be a percentage above 0 and at most 100 (e.g. 99.99), not '{text}'");
            return false;
        }

        return true;
    }

    private static bool TryReadChoice<T>(
        IReadOnlyDictionary<string, YamlNode> values, string key, string label, Dictionary<string, T> choices, T fallback, CatalogParseContext context, out T choice)
    {
        choice = fallback;
        if (!context.TryReadOptional(values, key, label, 64, out var text))
        {
            return false;
        }

        if (text is null)
        {
            return true;
        }

        if (!choices.TryGetValue(text, out choice!))
        {
            context.Error(values[key], $"{label}: '{key}' must be one of {string.Join(", ", choices.Keys)}, not '{text}'");
            return false;
        }

        return true;
    }

    private static bool TryReadDuration(IReadOnlyDictionary<string, YamlNode> values, string key, string label, CatalogParseContext context, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (!context.TryReadOptional(values, key, label, 32, out var text))
        {
            return false;
        }

        if (text is null || text == "0")
        {
            return true;
        }

        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            context.Error(values[key], $"{label}: '{key}' must be a duration such as 30s, 1m or 2h, not '{text}'");
            return false;
        }

        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        duration = match.Groups[2].Value switch
        {
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.FromHours(amount),
        };
        return true;
    }

    private static bool TryReadCredits(YamlNode? node, string label, CatalogParseContext context, out List<CreditTier> credits)
    {
        var tiers = new List<CreditTier>();
        credits = tiers;
        if (node is null)
        {
            return true;
        }

        var errors = context.Errors.Count;
        context.ReadMappingList(node, $"{label}: 'credits'", $"{label}: credit tier", ["below", "credit"], (values, entry, tierLabel) =>
        {
            if (TryReadPercent(values, entry, "below", tierLabel, context, out var below)
                & TryReadCredit(values, entry, tierLabel, context, out var credit))
            {
                tiers.Add(new CreditTier(below, credit));
            }
        });
        return context.Errors.Count == errors;
    }

    private static bool TryReadCredit(IReadOnlyDictionary<string, YamlNode> values, YamlNode entry, string label, CatalogParseContext context, out decimal credit)
    {
        credit = 0m;
        if (!context.TryReadRequired(values, entry, "credit", label, 32, out var text))
        {
            return false;
        }

        if (!decimal.TryParse(text.TrimEnd('%').Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out credit) || credit < 0m || credit > 100m)
        {
            context.Error(values["credit"], $"{label}: 'credit' must be a percentage of the monthly charge from 0 to 100, not '{text}'");
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^(\d{1,6})\s*([smh])$")]
    private static partial Regex DurationPattern();
}
