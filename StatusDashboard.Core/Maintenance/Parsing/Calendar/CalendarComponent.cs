namespace StatusDashboard.Core.Maintenance.Parsing.Calendar;

/// <summary>A BEGIN…END block of an iCalendar text (VCALENDAR, VEVENT, VTIMEZONE…) with its properties and sub-components.</summary>
public sealed class CalendarComponent(string name, int line)
{
    public string Name { get; } = name;

    public int Line { get; } = line;

    public List<CalendarProperty> Properties { get; } = [];

    public List<CalendarComponent> Children { get; } = [];

    public CalendarProperty? First(string name) => Properties.Find(p => p.Name == name);

    public IEnumerable<CalendarProperty> All(string name) => Properties.Where(p => p.Name == name);

    public IEnumerable<CalendarComponent> Descendants(string name)
    {
        foreach (var child in Children)
        {
            if (child.Name == name)
            {
                yield return child;
            }

            foreach (var grandchild in child.Descendants(name))
            {
                yield return grandchild;
            }
        }
    }
}
