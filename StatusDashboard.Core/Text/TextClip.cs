using System.Diagnostics.CodeAnalysis;

namespace StatusDashboard.Core.Text;

/// <summary>Text cut to fit a column: at most the given length, an ellipsis as its last character when anything was cut.</summary>
public static class TextClip
{
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}
