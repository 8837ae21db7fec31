using Microsoft.AspNetCore.Http.Features;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// A request body read whole under a cap of its own, for endpoints that take raw uploads larger or smaller than the
/// server's default limit: a declared length over the cap is refused before reading, the server's limit is set just
/// above the cap, and a body that turns out longer (chunked, or a lying Content-Length) is refused as soon as it does.
/// </summary>
public static class CappedBody
{
    /// <summary>The whole body, or null when it is longer than <paramref name="cap"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext context, long cap, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > cap)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = cap + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > cap)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
