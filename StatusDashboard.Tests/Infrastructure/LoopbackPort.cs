using System.Net;
using System.Net.Sockets;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>Free ports on 127.0.0.1 for the servers the fixtures start, so parallel runs never collide.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
