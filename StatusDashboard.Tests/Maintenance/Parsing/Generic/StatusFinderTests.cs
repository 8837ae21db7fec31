using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Parsing.Generic;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

public sealed class StatusFinderTests
{
    [Theory]
    [InlineData("CANCELLED: Planned maintenance TTN-123", MaintenanceStatus.Cancelled)]
    [InlineData("Maintenance withdrawn - CRQ1-123", MaintenanceStatus.Cancelled)]
    [InlineData("Reschedule - Planned Work 123", MaintenanceStatus.Rescheduled)]
    [InlineData("Maintenance postponed to a new date", MaintenanceStatus.Rescheduled)]
    [InlineData("COMPLETED - Scheduled Software Upgrade", MaintenanceStatus.Completed)]
    [InlineData("END OF WINDOW NOTIFICATION ZAYO TTN-1", MaintenanceStatus.Completed)]
    [InlineData("Maintenance in progress: PW 123", MaintenanceStatus.InProcess)]
    [InlineData("START MAINTENANCE NOTIFICATION TTN-1", MaintenanceStatus.InProcess)]
    [InlineData("Tentative maintenance proposal", MaintenanceStatus.Tentative)]
    [InlineData("REMINDER - Planned maintenance", MaintenanceStatus.Confirmed)]
    [InlineData("Scheduled maintenance notification", MaintenanceStatus.Confirmed)]
    public void Find_ReadsTheSubjectsWord(string subject, MaintenanceStatus expected) =>
        Assert.Equal(expected, Find(subject, "Dear customer, details below.").Status);

    [Theory]
    [InlineData("The maintenance has been cancelled by the supplier.", MaintenanceStatus.Cancelled)]
    [InlineData("This work will not take place.", MaintenanceStatus.Cancelled)]
    [InlineData("The planned work has been rescheduled; see the new date below.", MaintenanceStatus.Rescheduled)]
    [InlineData("The maintenance has been completed successfully.", MaintenanceStatus.Completed)]
    [InlineData("Please be advised that the maintenance window has closed for this event.", MaintenanceStatus.Completed)]
    [InlineData("The scheduled maintenance work has begun.", MaintenanceStatus.InProcess)]
    [InlineData("This maintenance is tentative and subject to approval.", MaintenanceStatus.Tentative)]
    [InlineData("Status: CANCELLED", MaintenanceStatus.Cancelled)]
    public void Find_ReadsStatementsInTheBody(string body, MaintenanceStatus expected) =>
        Assert.Equal(expected, Find("Maintenance notification", body).Status);

    [Theory]
    [InlineData("When the maintenance is completed, traffic will be re-routed back.")]
    [InlineData("You may see interruptions while we complete the maintenance activities.")]
    [InlineData("If the work is cancelled we will inform you.")]
    public void Find_IgnoresConditionalAndTemplateWording(string body) =>
        Assert.Equal(MaintenanceStatus.Confirmed, Find("Maintenance notification", body).Status);

    [Fact]
    public void Find_TakesTheStrongestNews_WhenABodyHoldsSeveralUpdates() =>
        Assert.Equal(
            MaintenanceStatus.Completed,
            Find("Maintenance", "2021-05-20 12:00 GMT - The work has been completed.\n2021-05-20 07:00 GMT - The work has begun.").Status);

    private static (MaintenanceStatus Status, bool Stated) Find(string subject, string body)
    {
        var lines = new List<TextLine> { TextLine.Of(subject) with { IsSubject = true } };
        lines.AddRange(NotificationText.PlainLines(body));
        return StatusFinder.Find(lines, LabelledFields.Find(lines));
    }
}
