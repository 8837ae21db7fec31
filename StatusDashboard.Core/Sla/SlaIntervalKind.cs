namespace StatusDashboard.Core.Sla;

/// <summary>How a promise cuts time into the periods it is measured over.</summary>
public enum SlaIntervalKind
{
    /// <summary>Calendar months, UTC: the 1st 00:00 to the next 1st.</summary>
    CalendarMonth,

    /// <summary>Months from the turn-up day: a circuit turned up on the 31st has periods from the last day of shorter months.</summary>
    TurnUpMonth,

    /// <summary>Back-to-back periods of 30 days from the turn-up day.</summary>
    ThirtyDays,
}
