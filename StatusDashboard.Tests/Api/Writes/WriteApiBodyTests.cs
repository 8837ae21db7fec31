using System.Net;

namespace StatusDashboard.Tests.Api.Writes;

/// <summary>Bodies the write API cannot read: each answer is a 400 problem that names the field or the place.</summary>
public sealed class WriteApiBodyTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task MalformedJson_Is400_NamingLineAndColumn()
    {
        using var response = await factory.PostAsync("/api/v2/incidents", "{\n  \"title\": \"Instances fail\",\n  \"impact\": major\n}");

        var problem = await WriteApiFactory.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Equal(13, problem.GetProperty("column").GetInt32());
        Assert.StartsWith("body: line 3, column 13:", problem.GetProperty("detail").GetString());
        Assert.Equal(["body"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task WrongTypes_Are400_NamingTheFieldAndWhatWasExpected()
    {
        using var response = await factory.PostAsync("/api/v2/incidents", """{"title": 42, "impact": "minor", "component_ids": [1], "text": "We are looking into it."}""");

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal("Expected a string.", Assert.Single(errors, e => e.Key == "title").Value.Single());
    }

    [Fact]
    public async Task AWrongListElement_Is400_NamingItsIndex()
    {
        using var response = await factory.PostAsync("/api/v2/incidents", """{"title": "Instances fail", "impact": "minor", "component_ids": [1, "two"], "text": "We are looking into it."}""");

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal("Expected an integer.", errors["component_ids[1]"].Single());
    }

    [Fact]
    public async Task AnUnknownEnumValue_Is400_ListingTheValues()
    {
        using var response = await factory.PostAsync("/api/v2/incidents", """{"title": "Instances fail", "impact": "catastrophic", "component_ids": [1], "text": "We are looking into it."}""");

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal("Expected one of \"maintenance\", \"minor\", \"major\", \"outage\".", errors["impact"].Single());
    }

    [Fact]
    public async Task MissingFields_Are400_NamingEveryOne()
    {
        using var response = await factory.PostAsync("/api/v2/maintenances", """{"title": "Storage firmware upgrade"}""");

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal(["component_ids", "description", "end", "start"], errors.Keys.Order());
        Assert.StartsWith("Required: a date and time", errors["start"].Single());
    }

    [Fact]
    public async Task AnUnknownField_Is400_NamingIt()
    {
        using var response = await factory.PostAsync("/api/v2/components", """{"service_id": 1, "region_id": 1, "regoin": "EU-DE"}""");

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal("Unknown field; this request has service_id, region_id.", errors["regoin"].Single());
    }

    [Fact]
    public async Task ABodyThatIsNotAnObject_Is400_NamingTheBody()
    {
        using var response = await factory.PostAsync("/api/v2/components", "[1, 2]");

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal("Expected a JSON object, not a list.", errors["body"].Single());
    }

    [Fact]
    public async Task ABodyThatIsNotJson_Is415Problem()
    {
        using var response = await factory.SendAsync(HttpMethod.Post, "/api/v2/components", "service_id=1", mediaType: "application/x-www-form-urlencoded");

        var problem = await WriteApiFactory.JsonAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Content-Type: application/json", problem.GetProperty("detail").GetString());
    }
}
